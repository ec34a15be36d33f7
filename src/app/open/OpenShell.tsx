import { Suspense, useEffect, useState } from "react";
import type { ReactNode } from "react";
import { Toolbar } from "../../components/toolbar/Toolbar";
import { SkipLinks } from "../SkipLinks";
import { lazyComponent } from "../../components/lazyComponent";
import { whenIdle } from "../../components/whenIdle";
import { GraphProvider, GraphSlot } from "../../graph";
import { StoreProvider } from "../../state";
import type { EntenteStore } from "../../state";
import { FileBanner } from "./FileBanner";
import { forgetLastFile } from "./lastFile";
import { useFileDrop } from "./useFileDrop";
import { forgetFileInUrl, useGraphOpener } from "./useGraphOpener";
import "./open.css";

// Shown only after a file or address is opened: off the first download (issue 14's JS budget).
const mappingStep = lazyComponent(() =>
  import("../../components/import/MappingStep").then((m) => m.MappingStep),
);
const loadReport = lazyComponent(() =>
  import("../../components/problems/LoadReportView").then((m) => m.LoadReportView),
);
const MappingStep = mappingStep.Component;
const LoadReportView = loadReport.Component;

/** Fetches what opening a file may show (its report, the mapping step). */
export const preloadOpenViews = (): Promise<unknown> =>
  Promise.all([mappingStep.preload(), loadReport.preload()]);

/**
 * Frames the explorer with what brings a graph in and out: the toolbar (open, export, share), the
 * page-wide drop target, the load report, and ?graph= on start.
 */
export function OpenShell({ store, children }: { store: EntenteStore; children: ReactNode }) {
  // The canvas below publishes here, so the opener can wait for a new graph's layout.
  const [canvas] = useState(() => new GraphSlot());
  const opener = useGraphOpener(store, canvas);
  const dragging = useFileDrop(opener.openFiles);
  // Read before the explorer's URL sync tidies away view parameters the built-in graph lacks.
  const [startQuery] = useState(() => window.location.search);
  // What "Back to the article" returns to: the graph the app started on.
  const [home] = useState(() => store.getState());
  const { openUrl, restoreFile } = opener;
  useEffect(() => whenIdle(() => void preloadOpenViews()), []);

  useEffect(() => {
    const raw = new URLSearchParams(startQuery).get("graph");
    if (raw !== null) openUrl(raw, startQuery);
    else restoreFile(startQuery);
  }, [openUrl, restoreFile, startQuery]);

  const backHome = () => {
    void forgetLastFile();
    forgetFileInUrl();
    const digest = home.problemDigest ?? undefined;
    store.getState().loadGraph(home.graph, home.problems, home.origin, undefined, digest);
  };

  return (
    <StoreProvider store={store}>
      <GraphProvider slot={canvas}>
        <div className="open-shell">
          <SkipLinks />
          <Toolbar status={opener.status} onCancel={opener.cancel} onOpenFiles={opener.openFiles} />
          <FileBanner onBack={backHome} />
          <Suspense fallback={null}>
            {opener.report && (
              <LoadReportView
                report={opener.report}
                onDismiss={opener.dismiss}
                onMapAttributes={opener.mapAttributes}
              />
            )}
            {opener.mapping && (
              <MappingStep
                key={opener.mapping.name}
                pending={opener.mapping}
                onImport={opener.importMapped}
                onCancel={opener.dismiss}
              />
            )}
          </Suspense>
          {children}
          {dragging && (
            <div className="drop-overlay" aria-hidden="true">
              <p>Drop a graph file to open it</p>
            </div>
          )}
        </div>
      </GraphProvider>
    </StoreProvider>
  );
}

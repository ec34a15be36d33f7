import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { MappingStep } from "../../components/import/MappingStep";
import { LoadReportView } from "../../components/problems/LoadReportView";
import { Toolbar } from "../../components/toolbar/Toolbar";
import { SkipLinks } from "../SkipLinks";
import { GraphProvider, GraphSlot } from "../../graph";
import { StoreProvider } from "../../state";
import type { EntenteStore } from "../../state";
import { FileBanner } from "./FileBanner";
import { forgetLastFile } from "./lastFile";
import { useFileDrop } from "./useFileDrop";
import { forgetFileInUrl, useGraphOpener } from "./useGraphOpener";
import "./open.css";

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

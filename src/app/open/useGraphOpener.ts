import { useCallback, useMemo, useRef, useState } from "react";
import { checkPickedFiles, resolveGraphUrl } from "../../domain/open";
import { error } from "../../domain/load/problems";
import type { Problem } from "../../domain/model/types";
import { queryToView } from "../../domain/view";
import type { LoadReport } from "../../components/problems/types";
import type { GraphSlot } from "../../graph";
import type { EntenteStore } from "../../state";
import { ALLOWED_ORIGINS } from "./allowedOrigins";
import { failed, fileNameOf, loadGraphUrl, loadPickedFile } from "./loaders";
import type { LoadOutcome } from "./loaders";

export interface GraphOpener {
  /** "Loading harbour.json…", then "Laying out…"; null when idle. */
  status: string | null;
  report: LoadReport | null;
  openFiles: (files: readonly File[]) => void;
  /** `raw` as written in ?graph=; `query` is the link's view, applied once the graph is in. */
  openUrl: (raw: string, query?: string) => void;
  dismiss: () => void;
}

// Lets the status line paint before a long synchronous layout, without stalling in a hidden tab.
const nextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

// The graph= parameter names what is on show; a file from the computer replaces that.
function forgetGraphParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("graph")) return;
  url.searchParams.delete("graph");
  window.history.replaceState(window.history.state, "", url.href);
}

/**
 * Opens graph files into `store`. A newer load cancels an older one (its fetches and worker are
 * stopped and its result ignored); a failed load leaves the current graph as it was.
 */
export function useGraphOpener(store: EntenteStore, canvas: GraphSlot): GraphOpener {
  const [status, setStatus] = useState<string | null>(null);
  const [report, setReport] = useState<LoadReport | null>(null);
  const current = useRef<AbortController | null>(null);

  // The reader's latest request wins, even one refused outright: an older load must not land later.
  const supersede = useCallback((): AbortSignal => {
    current.current?.abort();
    current.current = new AbortController();
    setStatus(null);
    setReport(null);
    return current.current.signal;
  }, []);

  const refuse = useCallback(
    (name: string, problems: Problem[]) => {
      supersede();
      setReport({ kind: "failure", name, problems });
    },
    [supersede],
  );

  const run = useCallback(
    async (name: string, load: (signal: AbortSignal) => Promise<LoadOutcome>, link?: string) => {
      const signal = supersede();
      setStatus(`Loading ${name}…`);
      let outcome: LoadOutcome;
      try {
        outcome = await load(signal);
      } catch (e) {
        if (signal.aborted) return;
        const message = `${name} could not be opened: ${e instanceof Error ? e.message : String(e)}`;
        outcome = failed([error([], message, "Please report this to the developers.")]);
      }
      if (signal.aborted) return;
      if (!outcome.ok) {
        setStatus(null);
        setReport({ kind: "failure", name, problems: outcome.problems });
        return;
      }
      setStatus("Laying out…");
      await nextPaint();
      if (signal.aborted) return;
      const { graph, problems, origin } = outcome;
      if (link === undefined) forgetGraphParam();
      const view = link === undefined ? undefined : queryToView(link, graph);
      store.getState().loadGraph(graph, problems, origin, view);
      if (problems.length > 0) setReport({ kind: "warnings", name, problems });
      await nextPaint();
      // The canvas lays a graph out off the main thread: the status stays until it is drawn.
      await canvas.settled();
      if (!signal.aborted) setStatus(null);
    },
    [store, canvas, supersede],
  );

  const openFiles = useCallback(
    (files: readonly File[]) => {
      const picked = checkPickedFiles(files);
      if (!picked.ok) {
        const name = files.length === 1 ? (files[0]?.name ?? "") : "";
        return refuse(name, [picked.problem]);
      }
      void run(picked.file.name, (signal) => loadPickedFile(picked.file, signal));
    },
    [refuse, run],
  );

  const openUrl = useCallback(
    (raw: string, query = "") => {
      const resolved = resolveGraphUrl(raw, window.location.href, ALLOWED_ORIGINS);
      if (!resolved.ok) return refuse(raw, [resolved.problem]);
      const { url, external } = resolved;
      void run(fileNameOf(url), (signal) => loadGraphUrl(url, external, signal), query);
    },
    [refuse, run],
  );

  const dismiss = useCallback(() => setReport(null), []);
  return useMemo(
    () => ({ status, report, openFiles, openUrl, dismiss }),
    [status, report, openFiles, openUrl, dismiss],
  );
}

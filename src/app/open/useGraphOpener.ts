import { useCallback, useMemo, useRef, useState } from "react";
import { checkPickedFiles, resolveGraphUrl } from "../../domain/open";
import { error } from "../../domain/load/problems";
import type { Problem } from "../../domain/model/types";
import { queryToView } from "../../domain/view";
import type { Mapping, Table } from "../../domain/formats/import";
import type { LoadReport, PendingMapping } from "../../components/problems/types";
import type { GraphSlot } from "../../graph";
import type { EntenteStore } from "../../state";
import { ALLOWED_ORIGINS } from "./allowedOrigins";
import { FILE_PARAM, forgetLastFile, keepLastFile, readLastFile } from "./lastFile";
import { failed, fileNameOf, loadGraphUrl, loadPickedFile } from "./loaders";
import type { LoadOutcome } from "./loaders";

export interface GraphOpener {
  /** "Loading harbour.json…", then "Laying out…", then for a big graph "Drawing 2,000 of 20,000 elements…"; null when idle. */
  status: string | null;
  report: LoadReport | null;
  /** Stops the load in progress, keeping the graph on show; null when nothing can be stopped. */
  cancel: (() => void) | null;
  /** Spreadsheets with columns Entente does not know, waiting for the mapping step. */
  mapping: PendingMapping | null;
  openFiles: (files: readonly File[]) => void;
  /** Imports the spreadsheets waiting in `mapping`, one mapping per sheet. */
  importMapped: (mappings: Mapping[]) => void;
  /** Offers the mapping step for the attributes of the file just imported (report.remappable). */
  mapAttributes: (tables: Table[]) => void;
  /** `raw` as written in ?graph=; `query` is the link's view, applied once the graph is in. */
  openUrl: (raw: string, query?: string) => void;
  /** Reopens the file kept from the last visit when `query` (the start URL's) names it. */
  restoreFile: (query: string) => void;
  dismiss: () => void;
}

// Lets the status line paint before a long synchronous layout, without stalling in a hidden tab.
const nextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

/** How long fetching and parsing may take before the reader is told and the current graph kept. */
export const LOAD_TIMEOUT_MS = 60_000;

const tooSlow = (name: string): Problem =>
  error(
    [],
    `${name} took longer than ${LOAD_TIMEOUT_MS / 1000} seconds to open, so Entente stopped. The graph on screen is unchanged.`,
    "A file this slow is very large or unusual: try a smaller one, or report it to the developers.",
  );

const timedOut = (signal: AbortSignal) =>
  signal.reason instanceof DOMException && signal.reason.name === "TimeoutError";

/**
 * A file from the computer gets its own history entry, without graph= (which names what is on
 * show) and with file=, so a reload knows the view is the file's: Back returns to the graph
 * before it, whose entries useUrlSync keeps apart.
 */
function newEntryForFile(name: string): void {
  const url = new URL(window.location.href);
  url.searchParams.delete("graph");
  url.searchParams.set(FILE_PARAM, name);
  window.history.pushState(null, "", url.href);
}

/** Drops file= once the file it names is not coming back, so its view is not read as the article's. */
export function forgetFileInUrl(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(FILE_PARAM)) return;
  url.searchParams.delete(FILE_PARAM);
  window.history.replaceState(window.history.state, "", url.href);
}

const notRestored = (name: string): Problem =>
  error(
    [],
    `${name}, the file you opened last time, could not be opened again, so Entente forgot it and shows the built-in graph.`,
    "Open the file again with Open graph file once it is fixed.",
  );

/** A file picked or dropped (with the sheets picked beside it), or a graph opened by URL. */
type Opened =
  | { kind: "files"; name: string; file: File; more: File[] }
  | { kind: "url"; name: string; url: URL; external: boolean; query: string };

/**
 * Opens graph files into `store`. A newer load cancels an older one (its fetches and worker are
 * stopped and its result ignored); a failed load leaves the current graph as it was.
 */
export function useGraphOpener(store: EntenteStore, canvas: GraphSlot): GraphOpener {
  const [status, setStatus] = useState<string | null>(null);
  const [report, setReport] = useState<LoadReport | null>(null);
  const [loading, setLoading] = useState(false);
  const [mapping, setMapping] = useState<PendingMapping | null>(null);
  // What the graph shown (or being opened) came from: the mapping step opens it again.
  const picked = useRef<Opened | null>(null);
  const current = useRef<AbortController | null>(null);

  // The reader's latest request wins, even one refused outright: an older load must not land later.
  const supersede = useCallback((): AbortController => {
    current.current?.abort();
    current.current = new AbortController();
    setStatus(null);
    setReport(null);
    setLoading(false);
    setMapping(null);
    return current.current;
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
      const controller = supersede();
      const { signal } = controller;
      const limit = setTimeout(
        () => controller.abort(new DOMException(`${name} is too slow`, "TimeoutError")),
        LOAD_TIMEOUT_MS,
      );
      setStatus(`Loading ${name}…`);
      setLoading(true);
      let outcome: LoadOutcome;
      try {
        outcome = await load(signal);
      } catch (e) {
        const message = `${name} could not be opened: ${e instanceof Error ? e.message : String(e)}`;
        outcome = failed([error([], message, "Please report this to the developers.")]);
      } finally {
        clearTimeout(limit);
      }
      if (signal.aborted) {
        if (timedOut(signal) && current.current === controller) {
          setStatus(null);
          setLoading(false);
          setReport({ kind: "failure", name, problems: [tooSlow(name)] });
        }
        return;
      }
      setLoading(false);
      if (!outcome.ok) {
        setStatus(null);
        if ("tables" in outcome) return setMapping({ name, tables: outcome.tables });
        const imported = outcome.report;
        const { digest } = outcome;
        setReport({
          kind: "failure",
          name,
          problems: outcome.problems,
          ...(imported ? { imported } : {}),
          ...(digest ? { digest } : {}),
        });
        return;
      }
      setStatus("Laying out…");
      await nextPaint();
      if (signal.aborted) return;
      const { graph, problems, origin, digest } = outcome;
      if (link === undefined) newEntryForFile(name);
      const view = link === undefined ? undefined : queryToView(link, graph);
      store.getState().loadGraph(graph, problems, origin, view, digest);
      const many = digest ? { digest } : {};
      if (outcome.report) {
        const remappable = picked.current !== null && picked.current.name === name;
        setReport({
          kind: "imported",
          name,
          problems,
          imported: outcome.report,
          remappable,
          ...many,
        });
      } else if (problems.length > 0) setReport({ kind: "warnings", name, problems, ...many });
      await nextPaint();
      // The canvas lays a graph out off the main thread: the status stays until it is drawn.
      await canvas.settled(({ shown, total }) => {
        if (!signal.aborted)
          setStatus(
            `Drawing ${Math.min(shown, total).toLocaleString("en")} of ${total.toLocaleString("en")} elements…`,
          );
      });
      if (!signal.aborted) setStatus(null);
    },
    [store, canvas, supersede],
  );

  const openFiles = useCallback(
    (files: readonly File[]) => {
      const checked = checkPickedFiles(files);
      if (!checked.ok) {
        const name = files.length === 1 ? (files[0]?.name ?? "") : "";
        return refuse(name, [checked.problem]);
      }
      const { file, more } = checked;
      const name = [file, ...more].map((f) => f.name).join(" + ");
      picked.current = { kind: "files", name, file, more };
      void run(name, async (signal) => {
        const outcome = await loadPickedFile(file, signal, more);
        if (outcome.ok && !signal.aborted) await keepLastFile(file, more);
        return outcome;
      });
    },
    [refuse, run],
  );

  const importMapped = useCallback(
    (mappings: Mapping[]) => {
      const files = picked.current;
      if (files === null) return;
      const { name } = files;
      if (files.kind === "url") {
        const { url, external, query } = files;
        void run(name, (signal) => loadGraphUrl(url, external, signal, mappings), query);
        return;
      }
      void run(name, async (signal) => {
        const outcome = await loadPickedFile(files.file, signal, files.more, mappings);
        // With its mapping: a reload then reopens it without asking again.
        if (outcome.ok && !signal.aborted) await keepLastFile(files.file, files.more, mappings);
        return outcome;
      });
    },
    [run],
  );

  const openUrl = useCallback(
    (raw: string, query = "") => {
      const resolved = resolveGraphUrl(raw, window.location.href, ALLOWED_ORIGINS);
      if (!resolved.ok) return refuse(raw, [resolved.problem]);
      const { url, external } = resolved;
      const name = fileNameOf(url);
      picked.current = { kind: "url", name, url, external, query };
      void run(name, (signal) => loadGraphUrl(url, external, signal), query);
    },
    [refuse, run],
  );

  const restoreFile = useCallback(
    (query: string) => {
      const wanted = new URLSearchParams(query).get(FILE_PARAM);
      if (wanted === null) return;
      void readLastFile().then((kept) => {
        if (kept === null || [kept.file, ...kept.more].map((f) => f.name).join(" + ") !== wanted) {
          return forgetFileInUrl();
        }
        picked.current = { kind: "files", name: wanted, file: kept.file, more: kept.more };
        void run(
          wanted,
          async (signal) => {
            const outcome = await loadPickedFile(kept.file, signal, kept.more, kept.mappings);
            if (outcome.ok || signal.aborted) return outcome;
            await forgetLastFile();
            forgetFileInUrl();
            return failed([notRestored(wanted), ...outcome.problems]);
          },
          query,
        );
      });
    },
    [run],
  );

  const mapAttributes = useCallback((tables: Table[]) => {
    const opened = picked.current;
    if (opened === null) return;
    setReport(null);
    setMapping({ name: opened.name, tables, attributes: true });
  }, []);

  const stop = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setStatus(null);
    setLoading(false);
  }, []);

  const dismiss = useCallback(() => {
    setReport(null);
    setMapping(null);
  }, []);
  const cancel = loading ? stop : null;
  return useMemo(
    () => ({
      status,
      report,
      cancel,
      mapping,
      openFiles,
      importMapped,
      mapAttributes,
      openUrl,
      restoreFile,
      dismiss,
    }),
    [
      status,
      report,
      cancel,
      mapping,
      openFiles,
      importMapped,
      mapAttributes,
      openUrl,
      restoreFile,
      dismiss,
    ],
  );
}

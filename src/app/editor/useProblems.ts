import { useEffect, useState } from "react";
import { draftToJson } from "../../domain/edit/draft";
import type { DraftDocument } from "../../domain/edit/types";
import { loadGraph } from "../../domain/load/load";
import type { Problem } from "../../domain/model/types";
import type { ParseOutcome, ParseRequest } from "../../workers/parseStep";
import { runInWorker } from "../../workers/runInWorker";

const DEBOUNCE_MS = 400;
/** From this many elements the check runs in the parse worker, so typing stays smooth. */
const WORKER_FROM = 1000;

async function check(doc: DraftDocument, signal: AbortSignal): Promise<Problem[]> {
  const text = draftToJson(doc);
  if (doc.nodes.length + doc.edges.length < WORKER_FROM) return loadGraph(text).problems;
  const outcome = await runInWorker<ParseRequest, ParseOutcome>(
    () => new Worker(new URL("../../workers/parse.worker.ts", import.meta.url), { type: "module" }),
    { text, fileName: "draft.json" },
    async () => ({ kind: "done", result: loadGraph(text) }),
    signal,
  );
  // A draft is always an Entente file with its text inline, so only "done" can come back.
  return outcome.kind === "done" ? outcome.result.problems : [];
}

/** The loader's own checks on the draft, run a moment after the last change. */
export function useProblems(doc: DraftDocument): {
  problems: Problem[] | null;
  /** The version the problems were found in: their paths point into it. */
  checked: DraftDocument | null;
  checking: boolean;
} {
  const [result, setResult] = useState<{ doc: DraftDocument; problems: Problem[] } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      check(doc, abort.signal).then(
        (problems) => setResult({ doc, problems }),
        () => undefined,
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [doc]);
  return {
    problems: result?.problems ?? null,
    checked: result?.doc ?? null,
    checking: result?.doc !== doc,
  };
}

import type { ParseOutcome, ParseRequest } from "../../workers/parseStep";
import { runInWorker } from "../../workers/runInWorker";

/**
 * Below this many characters parsing takes a few milliseconds, less than starting a worker: the
 * main thread does it. The built-in article graph and typical files are well under it.
 */
export const WORKER_THRESHOLD = 1_000_000;

const size = (request: ParseRequest) => request.text.length + (request.sourceText?.length ?? 0);

// Loaded on first use: the parser brings the schema and zod, which the first paint does not need.
const parseHere = async (request: ParseRequest): Promise<ParseOutcome> =>
  (await import("../../workers/parseStep")).parseStep(request);

/**
 * Parses and builds a graph, off the main thread when the file is big. Rejects with the signal's
 * reason when a newer load cancels this one, and the worker is stopped mid-parse.
 */
export function parseGraph(request: ParseRequest, signal: AbortSignal): Promise<ParseOutcome> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (size(request) < WORKER_THRESHOLD || typeof Worker === "undefined") {
    return parseHere(request);
  }
  const start = () =>
    new Worker(new URL("../../workers/parse.worker.ts", import.meta.url), { type: "module" });
  return runInWorker(start, request, () => parseHere(request), signal);
}

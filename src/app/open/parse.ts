import type { ParseOutcome, ParseRequest } from "../../workers/parseStep";
import { runInWorker } from "../../workers/runInWorker";

// Loaded only where workers are missing (or refused to start): the parser brings the schema and
// zod, which the first paint does not need.
const parseHere = async (request: ParseRequest): Promise<ParseOutcome> =>
  (await import("../../workers/parseStep")).parseStep(request);

/**
 * Parses and builds a graph in a worker, whatever the file's size: a small file can still be slow
 * (thousands of quotes, unknown references), and the page must answer and offer Cancel meanwhile.
 * Rejects with the signal's reason when the load is cancelled, and the worker is stopped mid-parse.
 */
export function parseGraph(request: ParseRequest, signal: AbortSignal): Promise<ParseOutcome> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (typeof Worker === "undefined") return parseHere(request);
  const start = () =>
    new Worker(new URL("../../workers/parse.worker.ts", import.meta.url), { type: "module" });
  return runInWorker(start, request, () => parseHere(request), signal);
}

import { runInWorker } from "../workers/runInWorker";
import type { LayoutInput, Positions } from "./layoutTypes";

// Same code as the worker runs, so both paths give the same positions.
async function onMainThread(input: LayoutInput, signal?: AbortSignal): Promise<Positions> {
  const { solveLayout } = await import("./solveLayout");
  signal?.throwIfAborted();
  return solveLayout(input);
}

/**
 * Solves the layout in a module worker, one per request, so a newer request can stop an older
 * one mid-run: an abort terminates the worker and rejects with the signal's reason. Without
 * workers (tests, old browsers) or when one cannot start (a stricter CSP), the main thread does it.
 */
export function layoutOffThread(input: LayoutInput, signal?: AbortSignal): Promise<Positions> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (typeof Worker === "undefined") return onMainThread(input, signal);
  const start = () =>
    new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  return runInWorker(start, input, () => onMainThread(input, signal), signal);
}

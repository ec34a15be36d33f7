import type { Suggestions } from "../../domain/suggest";
import { runInWorker } from "../../workers/runInWorker";

/** Suggestions for a text from a fresh worker; on the main thread where workers cannot start. */
export function suggestInWorker(
  text: string,
  today: string,
  signal: AbortSignal,
): Promise<Suggestions> {
  return runInWorker(
    () =>
      new Worker(new URL("../../workers/suggest.worker.ts", import.meta.url), { type: "module" }),
    { text, today },
    () => import("../../domain/suggest").then((m) => m.suggest(text, today)),
    signal,
  );
}

/**
 * Sends `input` to a fresh worker and resolves with its one reply. An abort terminates the worker
 * mid-run and rejects with the signal's reason; a worker that cannot start (an old browser, a
 * stricter CSP) settles with `fallback()` instead, so the app keeps working on the main thread.
 * `start` creates the worker at the call site: Vite bundles a worker only where it sees
 * `new Worker(new URL(…, import.meta.url))` written out.
 */
export function runInWorker<In, Out>(
  start: () => Worker,
  input: In,
  fallback: () => Promise<Out>,
  signal?: AbortSignal,
): Promise<Out> {
  return new Promise((resolve, reject) => {
    const worker = start();
    const finish = () => {
      signal?.removeEventListener("abort", cancel);
      worker.terminate();
    };
    const cancel = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", cancel, { once: true });
    worker.onmessage = (event: MessageEvent<Out>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve(fallback());
    };
    worker.postMessage(input);
  });
}

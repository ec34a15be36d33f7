// Scripts run inside the measured pages. Kept as plain JavaScript strings: tsx compiles functions
// with name-keeping helpers that do not exist in the page, so serialised functions would break.

/** Page-side state the runner reads back: `window.__perf`. */
export interface PageTimings {
  /** performance.now() when the graph was first drawn; null until then. */
  readyAt: number | null;
  /** [startTime, duration] of every main-thread long task (≥ 50 ms) so far. */
  longtasks: [number, number][];
  /** Key press → next painted frame, ms, one per keydown since the last reset. */
  samples: number[];
}

/**
 * Installed before any page script. `ready` is a JavaScript expression that is true once the
 * graph is drawn and the page is usable; it is checked once per frame.
 *
 * A keydown (capture, so it runs before the page's own handlers) records the event's timestamp;
 * the sample ends in a message posted from the next animation frame, which runs after that
 * frame's rendering work, i.e. once the frame that shows the key's effect has been produced.
 */
export function initScript(ready: string): string {
  return `(() => {
  const perf = { readyAt: null, longtasks: [], samples: [], waiters: [] };
  window.__perf = perf;
  const afterFrame = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  const isReady = () => { try { return Boolean(${ready}); } catch { return false; } };
  const poll = () => isReady() ? afterFrame((t) => { perf.readyAt = t; }) : requestAnimationFrame(poll);
  requestAnimationFrame(poll);
  window.addEventListener("keydown", (event) => {
    const start = event.timeStamp;
    afterFrame((t) => {
      perf.samples.push(t - start);
      perf.waiters = perf.waiters.filter((w) => !w());
    });
  }, true);
  perf.until = (n) => new Promise((resolve) => {
    const check = () => perf.samples.length >= n && (resolve(), true);
    if (!check()) perf.waiters.push(check);
  });
})();`;
}

/**
 * The app is drawn once the canvas and the Entities list both hold all `nodes` entities; the
 * article graph (`nodes` null: any count) once its names are placed too, so its first frame is
 * the finished picture, not one whose names move on the next frame.
 */
export function appReady(nodes: number | null): string {
  const count = `document.querySelector('ul[aria-label="Entities"]')?.closest("section")?.querySelector(".list-count")?.textContent`;
  const onCanvas = `Object.keys(window.__entente?.positions?.() ?? {}).length`;
  return nodes === null
    ? `${onCanvas} > 0 && /\\(\\d+\\)/.test(${count} ?? "") && !window.__entente.labelsPending()`
    : `${count} === "(${nodes})" && ${onCanvas} === ${nodes}`;
}

/** Reference pages flag themselves once their first step is on screen. */
export const REFERENCE_READY = `document.body?.dataset.ready === "true"`;

export const READ_TIMINGS = `({ readyAt: __perf.readyAt, longtasks: __perf.longtasks, samples: __perf.samples })`;

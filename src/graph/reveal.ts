/**
 * Elements put on the canvas in the first slice while a big graph is first drawn. Styling and
 * measuring 20,000 elements at once was one main-thread task of 3.5 s on a quiet machine (7–10 s
 * on a busy one); each later slice is sized from how long the one before took (nextSlice).
 */
export const REVEAL_SLICE = 1000;
/** The main-thread time a slice aims at, so input and the status line keep up (RAIL's 50 ms). */
export const SLICE_BUDGET_MS = 40;
/** Each slice also goes over the whole graph once (applyVisibility): not too many of them. */
const MIN_SLICE = 1000;
const MAX_SLICE = 8000;

/**
 * The next slice's size from the last one's and the time it took: as many as fit the budget at
 * the same pace, at most twice as many (one quick slice says little) and never fewer than
 * MIN_SLICE.
 */
export function nextSlice(size: number, elapsedMs: number): number {
  const paced = elapsedMs > 0 ? (size * SLICE_BUDGET_MS) / elapsedMs : Infinity;
  return Math.round(Math.max(MIN_SLICE, Math.min(MAX_SLICE, 2 * size, paced)));
}

/** How many times the canvas draws while a big graph goes on it, the last with all of it. */
const REVEAL_DRAWS = 3;

/**
 * Whether the canvas draws after the slice that took the limit to `limit`: once another third of
 * the graph is in, and at the end. Each draw redraws everything drawn so far, so drawing after
 * every slice that brought nodes (as before) drew a 20k graph's elements 3.5 times over: 0.5–0.8 s
 * more of its load, and the size-limit file's longest task 1.26 s against 1.13 s now. A draw
 * also makes the textures of the nodes new to it; a third of the 74,000-element file at once
 * stays under a second, half of it (1.5 s) does not.
 */
export function drawsSlice(slice: { limit: number; total: number }, drawnUpTo: number): boolean {
  const { limit, total } = slice;
  return limit >= total || limit - drawnUpTo >= total / REVEAL_DRAWS;
}

/** How far the first drawing of a big graph has got. */
export interface RevealProgress {
  shown: number;
  total: number;
}

// After the next frame is drawn, so each slice's styling and drawing has a frame of its own.
const afterFrame = (run: () => void): void => {
  if (typeof requestAnimationFrame !== "function") {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
};

/**
 * Puts a big graph's elements on the canvas a slice per frame. `limit` says how many of the
 * element store's elements (nodes first, then edges) may be on the canvas now; the controller
 * applies its visible set within it, so steps and filters taken meanwhile hold. Observable, so the
 * status line can say how far it has got.
 */
export class Reveal {
  limit = Infinity;
  progress: RevealProgress | null = null;
  private run = 0;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private setProgress(progress: RevealProgress | null): void {
    this.progress = progress;
    for (const listener of this.listeners) listener();
  }

  /** Keeps every element off the canvas until start(): the graph is still being laid out. */
  hold(total: number): void {
    this.run++;
    this.limit = 0;
    this.setProgress({ shown: 0, total });
  }

  /**
   * Raises the limit a slice per frame, calling `show` with each new limit and the total; settles
   * once all `total` are in, or when finish() or another hold() takes over.
   */
  start(total: number, show: (limit: number, total: number) => void): Promise<void> {
    const run = ++this.run;
    let size = REVEAL_SLICE;
    return new Promise((resolve) => {
      const next = () => {
        if (run !== this.run) return resolve();
        this.limit = Math.min(total, this.limit + size);
        const started = performance.now();
        show(this.limit, total);
        size = nextSlice(size, performance.now() - started);
        if (this.limit >= total) {
          this.finish();
          return resolve();
        }
        this.setProgress({ shown: this.limit, total });
        afterFrame(next);
      };
      afterFrame(next);
    });
  }

  /** Lifts the limit at once: whatever comes next (an edit, a re-layout) works on the whole graph. */
  finish(): void {
    this.run++;
    this.limit = Infinity;
    if (this.progress !== null) this.setProgress(null);
  }

  /** Resolves once nothing is held back; `onProgress` hears of each slice meanwhile. */
  settled(onProgress?: (progress: RevealProgress) => void): Promise<void> {
    if (this.progress === null) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.subscribe(() => {
        if (this.progress !== null) return onProgress?.(this.progress);
        stop();
        resolve();
      });
    });
  }
}

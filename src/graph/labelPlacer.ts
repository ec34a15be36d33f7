import type { Core } from "cytoscape";
import { declutterLabels } from "./declutter";

/**
 * How long the timeline must rest before names are placed again. Key repeat and a dragged slider
 * step every 30–100 ms; placing names after each step would cost every one of those frames a
 * measure of every label (the 1k step went from 33 to 184 ms), for names the reader cannot follow.
 */
export const STEP_PAUSE_MS = 150;

export interface LabelPlacer {
  /** Places names on the next frame: after a zoom, a fit or a selection, which the reader reads at once. */
  now(): void;
  /** Places names once steps have paused for STEP_PAUSE_MS, after the step's frame is drawn. */
  afterPause(): void;
  /** Drops whatever is scheduled (the canvas is going away). */
  cancel(): void;
  /** Whether a placement is waiting for its frame or for the timeline to rest. */
  pending(): boolean;
}

// Headless canvases (in Node) have no frames to wait for.
const nextFrame = (run: () => void): (() => void) => {
  if (typeof requestAnimationFrame !== "function") {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(run);
  return () => cancelAnimationFrame(frame);
};

/**
 * Runs declutterLabels at most once per frame, and while the timeline is stepping only once it
 * rests, for as long as `enabled` says (big graphs are drawn without names at a fitted zoom).
 */
export function labelPlacer(cy: Core, enabled: () => boolean): LabelPlacer {
  let frame: (() => void) | null = null;
  let pause: ReturnType<typeof setTimeout> | null = null;
  const place = () => {
    if (!cy.destroyed()) declutterLabels(cy);
  };
  const cancelPause = () => {
    if (pause !== null) clearTimeout(pause);
    pause = null;
  };
  const now = () => {
    // The frame's pass covers whatever a step asked for too.
    cancelPause();
    if (frame !== null || !enabled()) return;
    frame = nextFrame(() => {
      frame = null;
      place();
    });
  };
  const afterPause = () => {
    if (frame !== null || !enabled()) return;
    cancelPause();
    pause = setTimeout(() => {
      pause = null;
      place();
    }, STEP_PAUSE_MS);
  };
  const cancel = () => {
    cancelPause();
    frame?.();
    frame = null;
  };
  return { now, afterPause, cancel, pending: () => frame !== null || pause !== null };
}

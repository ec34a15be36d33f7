import type { GraphController } from "./controller";
import { drawnLabels } from "./declutter";
import type { DrawnLabel } from "./declutter";

declare global {
  /** Read-only hooks for end-to-end tests and the benchmark. */
  interface EntenteProbe {
    /** Where a node (or an edge's midpoint) is drawn, in viewport coordinates; null when hidden. */
    nodePosition(id: string): { x: number; y: number } | null;
    /**
     * Every node on the canvas at its laid-out (model) position, by graph id. Empty while a new
     * graph's layout is still running or a big graph is still being drawn.
     */
    positions(): Record<string, { x: number; y: number }>;
    /** How many nodes the canvas shows now (hidden ones, kept for later, are not counted). */
    shownNodes(): number;
    /** Whether names are still to be placed (the timeline has not rested yet). */
    labelsPending(): boolean;
    /** Every element's label as drawn: for the legibility test. */
    labels(): DrawnLabel[];
  }
  interface Window {
    __entente?: EntenteProbe;
  }
}

/**
 * Exposes `controller` on `window.__entente` until the returned function withdraws it. Shows
 * nothing beyond what is on screen, so it is safe to leave in production builds.
 */
export function installProbe(controller: GraphController): () => void {
  const probe: EntenteProbe = {
    nodePosition: (id) => controller.clientPosition(id),
    positions: () => (controller.drawn() ? controller.positions() : {}),
    shownNodes: () => controller.cy.nodes().length,
    labelsPending: () => controller.labels.pending(),
    labels: () => drawnLabels(controller.cy),
  };
  window.__entente = probe;
  return () => {
    if (window.__entente === probe) delete window.__entente;
  };
}

import type { GraphController } from "./controller";
import { drawnLabels } from "./declutter";
import type { DrawnLabel } from "./declutter";
import { toCyId } from "./elements";

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
    /**
     * A number for the Cytoscape element drawing `id`, the same for as long as the canvas keeps
     * that element object (a rebuilt element gets a new one); null when it is not on the canvas.
     */
    identity(id: string): number | null;
    /** Resolves once no layout is running: a check after it sees where everything came to rest. */
    settled(): Promise<void>;
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
  const serials = new WeakMap<object, number>();
  let issued = 0;
  const probe: EntenteProbe = {
    nodePosition: (id) => controller.clientPosition(id),
    positions: () => (controller.drawn() ? controller.positions() : {}),
    shownNodes: () => controller.cy.nodes().length,
    labelsPending: () => controller.labels.pending(),
    labels: () => drawnLabels(controller.cy),
    identity: (id) => {
      const element: object | undefined = controller.cy.getElementById(toCyId(id))[0];
      if (element === undefined) return null;
      const known = serials.get(element);
      if (known !== undefined) return known;
      issued += 1;
      serials.set(element, issued);
      return issued;
    },
    settled: () => controller.layouts.settled(),
  };
  window.__entente = probe;
  return () => {
    if (window.__entente === probe) delete window.__entente;
  };
}

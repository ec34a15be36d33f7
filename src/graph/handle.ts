// The mounted canvas publishes its controller here, so GraphControls (rendered anywhere) and
// end-to-end tests can reach it without threading a ref through the app.
import { useSyncExternalStore } from "react";
import type { GraphController } from "./controller";
import { drawnLabels } from "./declutter";
import type { DrawnLabel } from "./declutter";
import { idOf } from "./elements";
import type { PendingLayout } from "./layoutRequests";

declare global {
  /** Read-only hooks for end-to-end tests. */
  interface EntenteProbe {
    /** Where a node (or an edge's midpoint) is drawn, in viewport coordinates; null when hidden. */
    nodePosition(id: string): { x: number; y: number } | null;
    /**
     * Every node on the canvas at its laid-out (model) position, by graph id: for the benchmark.
     * Empty while a new graph's layout is still running.
     */
    positions(): Record<string, { x: number; y: number }>;
    /** Every element's label as drawn: for the legibility test. */
    labels(): DrawnLabel[];
  }
  interface Window {
    __entente?: EntenteProbe;
  }
}

let current: GraphController | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Exposes nothing beyond what is on screen, so it is safe to leave in production builds.
function installProbe(): void {
  if (window.__entente?.nodePosition) return;
  window.__entente = Object.assign(window.__entente ?? {}, {
    nodePosition: (id: string) => current?.clientPosition(id) ?? null,
    positions: () =>
      current === null || current.layouts.pending === "load"
        ? {}
        : Object.fromEntries(current.cy.nodes().map((n) => [idOf(n), { ...n.position() }])),
    labels: () => (current === null ? [] : drawnLabels(current.cy)),
  });
}

/** Makes `controller` the current canvas; returns the function that withdraws it. */
export function publishController(controller: GraphController): () => void {
  current = controller;
  installProbe();
  notify();
  return () => {
    if (current !== controller) return;
    current = null;
    notify();
  };
}

/** The mounted canvas's controller, or null while no canvas is mounted. */
export function useGraphController(): GraphController | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

const NO_SUBSCRIPTION = () => () => {};

/** What the mounted canvas is laying out, if anything. */
export function useLayoutPending(): PendingLayout {
  const layouts = useGraphController()?.layouts;
  return useSyncExternalStore(
    layouts?.subscribe ?? NO_SUBSCRIPTION,
    () => layouts?.pending ?? null,
    () => null,
  );
}

/** Resolves once the mounted canvas has no layout running: at once when it has none. */
export function layoutSettled(): Promise<void> {
  const layouts = current?.layouts;
  if (layouts === undefined || layouts.pending === null) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = layouts.subscribe(() => {
      if (layouts.pending !== null) return;
      stop();
      resolve();
    });
  });
}

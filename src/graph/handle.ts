// The mounted canvas publishes its controller here, so GraphControls (rendered anywhere) and
// end-to-end tests can reach it without threading a ref through the app.
import { useSyncExternalStore } from "react";
import type { GraphController } from "./controller";
import { idOf } from "./elements";

declare global {
  /** Read-only hooks for end-to-end tests. */
  interface EntenteProbe {
    /** Where a node (or an edge's midpoint) is drawn, in viewport coordinates; null when hidden. */
    nodePosition(id: string): { x: number; y: number } | null;
    /** Every node on the canvas at its laid-out (model) position, by graph id: for the benchmark. */
    positions(): Record<string, { x: number; y: number }>;
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
      Object.fromEntries(current?.cy.nodes().map((n) => [idOf(n), { ...n.position() }]) ?? []),
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

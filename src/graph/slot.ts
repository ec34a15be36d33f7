import type { GraphController } from "./controller";
import type { RevealProgress } from "./reveal";

/**
 * Where one canvas publishes its controller for the controls, the export menu and the file opener
 * beside it. One per GraphProvider (so a page may hold several canvases), observable so React
 * re-renders the controls when a canvas mounts or goes away.
 */
export class GraphSlot {
  private controller: GraphController | null = null;
  private readonly listeners = new Set<() => void>();

  get current(): GraphController | null {
    return this.controller;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Makes `controller` the current canvas; returns the function that withdraws it. */
  publish(controller: GraphController): () => void {
    this.set(controller);
    return () => {
      if (this.controller === controller) this.set(null);
    };
  }

  /**
   * Resolves once the current canvas has no layout running and a big graph is drawn whole: at
   * once when neither is under way. `onProgress` hears how far the drawing has got.
   */
  async settled(onProgress?: (progress: RevealProgress) => void): Promise<void> {
    const controller = this.controller;
    if (controller === null) return;
    await controller.layouts.settled();
    await controller.reveal.settled(onProgress);
  }

  private set(controller: GraphController | null): void {
    this.controller = controller;
    for (const listener of this.listeners) listener();
  }
}

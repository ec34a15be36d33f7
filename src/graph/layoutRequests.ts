import type { Core } from "cytoscape";
import { bakedLayout } from "./bakedLayouts";
import type { LayoutElements, LayoutShape } from "./layout";
import { computeLayout, layoutInput, nodesOf, placeNodes } from "./layout";

/** What a layout still running is for: a new graph (not drawn yet) or a re-layout of the one shown. */
export type PendingLayout = "load" | "relayout" | null;

/**
 * The layouts of one canvas, newest first: a new request aborts the one before it, whose result
 * is then dropped. Observable (subscribe, pending) so the canvas can say it is laying out.
 */
export class LayoutRequests {
  private current: AbortController | null = null;
  private readonly listeners = new Set<() => void>();
  pending: PendingLayout = null;

  constructor(private readonly cy: Core) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private setPending(pending: PendingLayout): void {
    if (pending === this.pending) return;
    this.pending = pending;
    for (const listener of this.listeners) listener();
  }

  /**
   * Lays out every node of `within`, by default those now on the canvas (what it reads is taken
   * before this returns, so the caller may hide elements straight after), then calls `placed`.
   * Settles once the positions are set, or, superseded by a newer request, without touching
   * anything.
   */
  run(
    shape: LayoutShape,
    kind: "load" | "relayout",
    placed: () => void,
    within: LayoutElements = this.cy,
  ): Promise<void> {
    this.current?.abort();
    const request = new AbortController();
    this.current = request;
    const input = layoutInput(within, shape);
    const nodes = nodesOf(within, input);
    // A baked layout lands within this task: marking it pending would only flash the status.
    const immediate = input.ids.length === 0 || bakedLayout(input) !== undefined;
    this.setPending(immediate ? null : kind);
    const settle = () => {
      this.current = null;
      this.setPending(null);
    };
    return computeLayout(input, request.signal).then(
      (positions) => {
        if (request.signal.aborted) return;
        placeNodes(this.cy, nodes, positions);
        settle();
        placed();
      },
      (reason: unknown) => {
        if (request.signal.aborted) return;
        settle();
        throw reason;
      },
    );
  }

  /** Resolves once no layout is running: at once when none is. */
  settled(): Promise<void> {
    if (this.pending === null) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.subscribe(() => {
        if (this.pending !== null) return;
        stop();
        resolve();
      });
    });
  }

  /** Drops whatever is still running (the canvas is going away). */
  cancel(): void {
    this.current?.abort();
    this.current = null;
    this.setPending(null);
  }
}

import { useDeferredValue, useMemo } from "react";
import type { Graph } from "../../domain/model/types";
import type { VisibleSet } from "../../domain/view";

export interface Listing {
  graph: Graph;
  listed: VisibleSet;
  /** True while the rows still show an earlier step (announced as aria-busy). */
  pending: boolean;
}

/**
 * The graph and what the lists show of it, deferred as one pair: a timeline step paints the
 * slider and the canvas first and the rows a moment later, instead of every row holding up the
 * frame. Kept as a pair so that rows are never filtered by another graph's sets.
 */
export function useDeferredListing(graph: Graph, listed: VisibleSet): Listing {
  const now = useMemo(() => ({ graph, listed }), [graph, listed]);
  const shown = useDeferredValue(now);
  return { ...shown, pending: shown !== now };
}

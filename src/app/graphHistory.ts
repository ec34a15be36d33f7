import type { Graph, Problem } from "../domain/model/types";

/** A loaded graph as the store holds it, enough to put it back. */
export interface KeptGraph {
  graph: Graph;
  problems: Problem[];
  origin: string | null;
}

/** Graphs kept in memory for Back; an entry of an older one is cut (see useUrlSync). */
export const KEPT_GRAPHS = 3;

/**
 * Which graph each history entry belongs to. Entries carry `{ entente: key }` as their state;
 * Back into an entry of another graph brings that graph back while it is still kept, so a view
 * is never applied to a graph it was not made on (its selection silently dropped).
 */
export function createGraphHistory() {
  const keys = new WeakMap<Graph, number>();
  const kept = new Map<number, KeptGraph>();
  let next = 1;
  const keyOf = (graph: Graph): number => {
    let key = keys.get(graph);
    if (key === undefined) keys.set(graph, (key = next++));
    return key;
  };
  return {
    keyOf,
    /** Keeps `entry` as the newest graph; returns its key. */
    keep(entry: KeptGraph): number {
      const key = keyOf(entry.graph);
      kept.delete(key);
      kept.set(key, entry);
      for (const old of kept.keys()) if (kept.size > KEPT_GRAPHS) kept.delete(old);
      return key;
    },
    recall: (key: number): KeptGraph | undefined => kept.get(key),
  };
}

export const entryState = (key: number) => ({ entente: key });

/** The graph key an entry's state names, or undefined for an entry this app did not write. */
export function keyOfEntry(state: unknown): number | undefined {
  if (typeof state !== "object" || state === null || !("entente" in state)) return undefined;
  return typeof state.entente === "number" ? state.entente : undefined;
}

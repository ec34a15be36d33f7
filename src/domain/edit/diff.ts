import type { DraftDocument, DraftEdge, DraftNode } from "./types";

/** What differs between two versions of a draft's elements, by id. */
export interface DraftDiff {
  /** Nodes new in `next`, or changed (a different object: producers share what they leave alone). */
  nodes: DraftNode[];
  removedNodes: string[];
  edges: DraftEdge[];
  removedEdges: string[];
}

function diffList<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  if (before === after) return { changed: [], removed: [] };
  const old = new Map(before.map((x) => [x.id, x]));
  const changed = after.filter((x) => old.get(x.id) !== x);
  const kept = new Set(after.map((x) => x.id));
  return { changed, removed: before.filter((x) => !kept.has(x.id)).map((x) => x.id) };
}

/**
 * The elements `next` adds, changes or drops against `before`. Every producer copies only what
 * it changes, so comparing objects finds an edit's few elements without comparing their fields,
 * and any two versions (an undo jumping back) compare the same way.
 */
export function draftDiff(before: DraftDocument, next: DraftDocument): DraftDiff {
  const nodes = diffList(before.nodes, next.nodes);
  const edges = diffList(before.edges, next.edges);
  return {
    nodes: nodes.changed,
    removedNodes: nodes.removed,
    edges: edges.changed,
    removedEdges: edges.removed,
  };
}

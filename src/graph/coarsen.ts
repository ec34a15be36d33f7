export type Link = readonly [number, number];

/** One step down a multilevel layout: which coarse node each node joins, and the coarse graph. */
export interface Coarser {
  /** parent[i] is the coarse node that node i joins. */
  parent: Int32Array;
  count: number;
  /** Coarse edges, each pair once, no loops. */
  edges: Link[];
}

/**
 * Merges each node with at most one neighbour (the least connected one still free, least
 * connected nodes choosing first, so hubs are not swallowed early), then folds nodes left alone
 * with a single neighbour into that neighbour's group: a star shrinks to one node at once rather
 * than one leaf per level. Deterministic: ties go to the lower index.
 */
export function coarsen(count: number, edges: readonly Link[]): Coarser {
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (const [a, b] of edges) {
    if (a === b) continue;
    neighbours[a]?.push(b);
    neighbours[b]?.push(a);
  }
  const degree = (i: number) => neighbours[i]?.length ?? 0;
  const group = new Int32Array(count).fill(-1);
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => degree(a) - degree(b) || a - b,
  );
  let groups = 0;
  for (const node of order) {
    if (group[node] !== -1) continue;
    let partner = -1;
    for (const other of neighbours[node] ?? []) {
      if (group[other] === -1 && (partner === -1 || degree(other) < degree(partner))) {
        partner = other;
      }
    }
    group[node] = groups;
    if (partner !== -1) group[partner] = groups;
    groups++;
  }
  const members = new Int32Array(groups);
  for (const g of group) members[g] = (members[g] ?? 0) + 1;
  for (let node = 0; node < count; node++) {
    const [only] = neighbours[node] ?? [];
    if (degree(node) !== 1 || only === undefined || members[group[node] ?? 0] !== 1) continue;
    members[group[node] ?? 0] = 0;
    group[node] = group[only] ?? 0;
    members[group[node] ?? 0] = (members[group[node] ?? 0] ?? 0) + 1;
  }
  // Numbered again in node order, without the groups emptied by folding.
  const renumber = new Int32Array(groups).fill(-1);
  let next = 0;
  const parent = group.map((g) => {
    if (renumber[g] === -1) renumber[g] = next++;
    return renumber[g] ?? 0;
  });
  const seen = new Set<number>();
  const coarse: Link[] = [];
  for (const [a, b] of edges) {
    const [p, q] = [parent[a] ?? 0, parent[b] ?? 0];
    if (p === q) continue;
    const [low, high] = p < q ? [p, q] : [q, p];
    const key = low * next + high;
    if (seen.has(key)) continue;
    seen.add(key);
    coarse.push([low, high]);
  }
  return { parent, count: next, edges: coarse };
}

/** The connected components of a graph, largest first (ties: the one with the lowest node). */
export function components(count: number, edges: readonly Link[]): number[][] {
  const root = Int32Array.from({ length: count }, (_, i) => i);
  const find = (node: number): number => {
    let at = node;
    while (root[at] !== at) {
      const up = root[at] ?? at;
      root[at] = root[up] ?? up;
      at = up;
    }
    return at;
  };
  for (const [a, b] of edges) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) root[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (let node = 0; node < count; node++) {
    const r = find(node);
    const group = groups.get(r);
    if (group) group.push(node);
    else groups.set(r, [node]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
}

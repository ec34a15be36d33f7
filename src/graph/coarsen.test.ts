import { describe, expect, it } from "vitest";
import { coarsen, components } from "./coarsen";
import type { Link } from "./coarsen";

const groupsOf = (parent: Int32Array): number[][] => {
  const groups = new Map<number, number[]>();
  parent.forEach((g, node) => groups.set(g, [...(groups.get(g) ?? []), node]));
  return [...groups.values()];
};

describe("coarsen", () => {
  it("pairs each node with its least connected free neighbour, least connected first", () => {
    // A path 0-1-2-3: 0 and 3 (one neighbour each) choose first and take 1 and 2.
    const { parent, count, edges } = coarsen(4, [
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(count).toBe(2);
    expect(groupsOf(parent)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(edges).toEqual([[0, 1]]);
  });

  it("folds a star's leaves into its centre at once", () => {
    const star: Link[] = Array.from({ length: 9 }, (_, i) => [0, i + 1]);
    const { parent, count, edges } = coarsen(10, star);
    expect(count).toBe(1);
    expect([...parent]).toEqual(Array(10).fill(0));
    expect(edges).toEqual([]);
  });

  it("keeps each coarse edge once, without loops, and numbers groups in node order", () => {
    // Two triangles joined twice: each triangle keeps a pair and a single.
    const links: Link[] = [
      [0, 1],
      [1, 2],
      [2, 0],
      [3, 4],
      [4, 5],
      [5, 3],
      [0, 3],
      [2, 5],
    ];
    const { parent, count, edges } = coarsen(6, links);
    expect(parent[0]).toBe(0);
    expect([...new Set(parent)]).toEqual(Array.from({ length: count }, (_, i) => i));
    const keys = edges.map(([a, b]) => `${a}-${b}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(edges.every(([a, b]) => a < b)).toBe(true);
    // Every original edge between groups is still there as a coarse edge.
    for (const [a, b] of links) {
      const [p, q] = [parent[a] ?? -1, parent[b] ?? -1];
      if (p !== q) expect(keys).toContain(`${Math.min(p, q)}-${Math.max(p, q)}`);
    }
    expect(count).toBeLessThan(6);
  });

  it("leaves nodes without neighbours alone and ignores self-loops", () => {
    const { parent, count, edges } = coarsen(3, [
      [0, 0],
      [1, 2],
    ]);
    expect(count).toBe(2);
    expect(parent[1]).toBe(parent[2]);
    expect(parent[0]).not.toBe(parent[1]);
    expect(edges).toEqual([]);
  });

  it("gives the same result every run", () => {
    const links: Link[] = Array.from({ length: 200 }, (_, i) => [i % 50, (i * 7 + 3) % 50]);
    expect(coarsen(50, links)).toEqual(coarsen(50, links));
  });
});

describe("components", () => {
  it("lists the connected components, largest first, ties by their lowest node", () => {
    const links: Link[] = [
      [5, 6],
      [0, 1],
      [3, 4],
      [4, 7],
      [1, 0],
    ];
    expect(components(9, links)).toEqual([[3, 4, 7], [0, 1], [5, 6], [2], [8]]);
    expect(components(0, [])).toEqual([]);
  });
});

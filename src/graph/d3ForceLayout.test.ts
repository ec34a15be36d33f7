import { describe, expect, it } from "vitest";
import { solveLayout } from "./solveLayout";
import { D3_FORCE_NODES, d3ForceLayout, tileBelow } from "./d3ForceLayout";

// Twenty rings of fifteen, each ring tied to the next once: clusters with a little between them.
function rings(count: number, size: number): [number, number][] {
  const edges: [number, number][] = [];
  for (let r = 0; r < count; r++) {
    for (let i = 0; i < size; i++) edges.push([r * size + i, r * size + ((i + 1) % size)]);
    if (r > 0) edges.push([(r - 1) * size, r * size]);
  }
  return edges;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe("d3ForceLayout", () => {
  const sizes = Array.from({ length: 300 }, () => ({ w: 40, h: 30 }));
  const edges = rings(20, 15);
  const at = d3ForceLayout(sizes, edges);

  it("places every node at a finite point, the same ones every run", () => {
    expect(at).toHaveLength(sizes.length);
    expect(at.every(({ x, y }) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(d3ForceLayout(sizes, edges)).toEqual(at);
  });

  it("keeps linked nodes near and nodes apart", () => {
    const linked = edges.map(([a, b]) => distance(at[a]!, at[b]!));
    const meanLinked = linked.reduce((sum, d) => sum + d, 0) / linked.length;
    let closest = Infinity;
    let total = 0;
    let pairs = 0;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const d = distance(at[i]!, at[j]!);
        closest = Math.min(closest, d);
        total += d;
        pairs++;
      }
    }
    expect(meanLinked).toBeLessThan(total / pairs / 3);
    // Boxes 40 wide collide at 40 apart; the collision force is soft, so allow some give.
    expect(closest).toBeGreaterThan(20);
  });

  it("tiles nodes without edges in rows under the drawing, apart from each other", () => {
    const lonely = Array.from({ length: 40 }, () => ({ w: 40, h: 30 }));
    const placed = d3ForceLayout([...sizes, ...lonely], edges);
    const bottom = Math.max(...placed.slice(0, sizes.length).map((p) => p.y));
    const tiles = placed.slice(sizes.length);
    expect(tiles.every((p) => p.y > bottom)).toBe(true);
    expect(new Set(tiles.map((p) => `${p.x},${p.y}`)).size).toBe(tiles.length);
    expect(placed.slice(0, sizes.length)).toEqual(at);
  });

  it("is what solveLayout uses from D3_FORCE_NODES nodes on", () => {
    const many = Array.from({ length: D3_FORCE_NODES }, () => ({ w: 30, h: 30, drop: 0 }));
    const chain = many.slice(1).map((_, i) => [i, i + 1] as [number, number]);
    const solved = solveLayout({
      ids: many.map((_, i) => `n${i}`),
      boxes: many,
      edges: chain,
      tall: false,
    });
    expect(solved).toEqual(d3ForceLayout(many, chain));
  });

  it("lays a graph big enough to coarsen out level by level: clusters apart, nodes apart", () => {
    // Forty clusters of thirty, each node tied to three others in its cluster, clusters chained.
    const [clusters, size] = [40, 30];
    const links: [number, number][] = [];
    for (let c = 0; c < clusters; c++) {
      for (let i = 0; i < size; i++) {
        for (const k of [1, 2, 5]) links.push([c * size + i, c * size + ((i + k) % size)]);
      }
      if (c > 0) links.push([(c - 1) * size, c * size]);
    }
    const boxes = Array.from({ length: clusters * size }, () => ({ w: 40, h: 30 }));
    const placed = d3ForceLayout(boxes, links);
    expect(d3ForceLayout(boxes, links)).toEqual(placed);
    const centres = Array.from({ length: clusters }, (_, c) => {
      const members = placed.slice(c * size, (c + 1) * size);
      const sum = members.reduce((s, p) => ({ x: s.x + p.x, y: s.y + p.y }), { x: 0, y: 0 });
      return { x: sum.x / size, y: sum.y / size };
    });
    // Nearly every node is nearer its own cluster's centre than any other's.
    const home = placed.filter((p, i) => {
      const own = distance(p, centres[Math.floor(i / size)]!);
      return centres.every((c) => distance(p, c) >= own);
    });
    expect(home.length / placed.length).toBeGreaterThan(0.9);
    let closest = Infinity;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        closest = Math.min(closest, distance(placed[i]!, placed[j]!));
      }
    }
    expect(closest).toBeGreaterThan(20);
  });

  it("keeps a star's leaves in a disc around its hub, though coarsening folds them into it", () => {
    const count = 2000;
    const spokes = Array.from({ length: count - 1 }, (_, i) => [0, i + 1] as [number, number]);
    const placed = d3ForceLayout(
      Array.from({ length: count }, () => ({ w: 30, h: 30 })),
      spokes,
    );
    const hub = placed[0]!;
    const farthest = Math.max(...placed.slice(1).map((leaf) => distance(leaf, hub)));
    // A disc packing 2,000 nodes 28 px apart has a radius of about 700 px.
    expect(farthest).toBeLessThan(25 * Math.sqrt(count));
  });

  it("lays each component out apart: the largest where it lies, the small ones in rows under it", () => {
    // Forty rings of thirty (one component, chained) and 200 pairs of their own.
    const pairs = Array.from(
      { length: 200 },
      (_, i) => [1200 + 2 * i, 1201 + 2 * i] as [number, number],
    );
    const links = [...rings(40, 30), ...pairs];
    const boxes = Array.from({ length: 1600 }, () => ({ w: 30, h: 30 }));
    const placed = d3ForceLayout(boxes, links);
    expect(d3ForceLayout(boxes, links)).toEqual(placed);
    const main = placed.slice(0, 1200);
    const bottom = Math.max(...main.map((p) => p.y));
    const [left, right] = [Math.min(...main.map((p) => p.x)), Math.max(...main.map((p) => p.x))];
    for (const [a, b] of pairs) {
      for (const end of [placed[a]!, placed[b]!]) {
        expect(end.y).toBeGreaterThan(bottom);
        expect(end.x).toBeGreaterThanOrEqual(left);
        expect(end.x).toBeLessThanOrEqual(right + 100);
      }
      expect(distance(placed[a]!, placed[b]!)).toBeLessThan(80);
    }
  });

  it("tiles beside a drawing of any size", () => {
    // 200,000 coordinates overflow the stack when spread into Math.min.
    const drawn = Array.from({ length: 200_000 }, (_, i) => ({
      x: i % 500,
      y: Math.floor(i / 500),
    }));
    const [first] = tileBelow(1, drawn);
    expect(first?.x).toBe(0);
    expect(first?.y).toBeGreaterThan(399);
  });
});

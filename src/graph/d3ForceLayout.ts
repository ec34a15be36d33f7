import type { SimulationLinkDatum, SimulationNodeDatum } from "d3-force";
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { Link } from "./coarsen";
import { coarsen, components } from "./coarsen";
import type { Size } from "./metrics";

/**
 * From this many nodes on, fcose is replaced by a multilevel Barnes–Hut force simulation: fcose's
 * force pass grows much faster than linearly (2,000 nodes about 4 s, 8,000 nodes over 10 minutes
 * in a worker). The graph is coarsened (coarsen.ts) until it is small, the small graph is laid
 * out with many ticks, and each finer level starts from its coarser one's places and needs only a
 * few: 8,000 nodes and 12,000 edges in 2.4 s in Node, against 9.2 s for 200 ticks on the whole
 * graph, with its communities further apart.
 */
export const D3_FORCE_NODES = 1000;

/** Coarsening stops at this many nodes, or when a level no longer shrinks the graph by 15%. */
const COARSEST_NODES = 300;
const MIN_SHRINK = 0.85;
/** Enough ticks, with alpha cooled to d3's floor over them, for clusters to settle apart. */
const TICKS = 200;
/** A finer level starts warm from its coarser one's places: fewer ticks, a lower alpha. */
const REFINE_TICKS = 30;
/** The finest level, the costliest by far, only settles what its coarser level placed. */
const FINEST_TICKS = 20;
const REFINE_ALPHA = 0.2;
/** Nodes are kept apart in the finest level's last ticks only: collisions cost a third of a tick. */
const COLLIDE_TICKS = 10;
const ALPHA_MIN = 0.001;
/** Barnes–Hut accuracy: coarser than d3's 0.9, a fifth faster with no visible difference. */
const THETA = 1.2;
const LINK_DISTANCE = 40;
const CHARGE = -150;
const COLLIDE_RADIUS = 14;
/** A weak pull to the centre keeps loose components from drifting off the fitted drawing. */
const GRAVITY = 0.05;
/** How far apart a coarse node's members start (a golden-angle sunflower), before the ticks part them. */
const SPREAD = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

type Point = { x: number; y: number };

/** A node's collision circle, and the gap left between isolated nodes in their grid. */
const CELL = 2 * COLLIDE_RADIUS + 6;

interface Bounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// A loop, not Math.min(...xs): spreading a very large graph's coordinates as arguments overflows
// the call stack.
function boundsOf(points: readonly Point[]): Bounds {
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (const { x, y } of points) {
    box.left = Math.min(box.left, x);
    box.right = Math.max(box.right, x);
    box.top = Math.min(box.top, y);
    box.bottom = Math.max(box.bottom, y);
  }
  return box;
}

/**
 * Nodes without edges in rows under the drawing, as wide as it is: left in the simulation they
 * would only be pushed out into a ring around everything else.
 */
export function tileBelow(count: number, drawn: readonly Point[]): Point[] {
  const { left, right, bottom } = boundsOf(drawn);
  const [x0, width, top] = drawn.length > 0 ? [left, right - left, bottom + 2 * CELL] : [0, 0, 0];
  const perRow = Math.max(1, Math.floor(width / CELL) + 1, Math.ceil(Math.sqrt(count)));
  return Array.from({ length: count }, (_, i) => ({
    x: x0 + (i % perRow) * CELL,
    y: top + Math.floor(i / perRow) * CELL,
  }));
}

/**
 * Each connected component laid out on its own, the largest where it lies and the others in rows
 * under it, largest first, for the same reason as tileBelow: in one simulation the small ones were
 * pushed out into a ring, and the multilevel layout, which scales each level up, flung them far
 * enough to halve the fitted drawing of a file with many.
 */
function layOutComponents(count: number, edges: readonly Link[]): Point[] {
  const parts = components(count, edges);
  if (parts.length <= 1) return multilevel(count, edges);
  const partOf = new Int32Array(count);
  const local = new Int32Array(count);
  parts.forEach((part, p) =>
    part.forEach((node, i) => {
      partOf[node] = p;
      local[node] = i;
    }),
  );
  const partEdges = parts.map((): Link[] => []);
  for (const [a, b] of edges) partEdges[partOf[a] ?? 0]?.push([local[a] ?? 0, local[b] ?? 0]);
  const placed = parts.map((part, p) => multilevel(part.length, partEdges[p] ?? []));
  const boxes = placed.map(boundsOf);
  const main = boxes[0] ?? boundsOf([]);
  let area = 0;
  for (const box of boxes.slice(1)) {
    area += (box.right - box.left + CELL) * (box.bottom - box.top + CELL);
  }
  const rowWidth = Math.max(main.right - main.left, Math.sqrt(area));
  const at: Point[] = Array.from({ length: count }, () => ({ x: 0, y: 0 }));
  let [x, y, rowHeight] = [main.left, main.bottom + 2 * CELL, 0];
  parts.forEach((part, p) => {
    const box = boxes[p] ?? main;
    const [w, h] = [box.right - box.left, box.bottom - box.top];
    if (p > 0 && x > main.left && x + w > main.left + rowWidth) {
      [x, y, rowHeight] = [main.left, y + rowHeight + CELL, 0];
    }
    // The largest stays where it was laid out; the others are moved as blocks.
    const [dx, dy] = p === 0 ? [0, 0] : [x - box.left, y - box.top];
    part.forEach((node, i) => {
      const point = placed[p]?.[i] ?? { x: 0, y: 0 };
      at[node] = { x: point.x + dx, y: point.y + dy };
    });
    if (p > 0) [x, rowHeight] = [x + w + CELL, Math.max(rowHeight, h)];
  });
  return at;
}

/**
 * Centres for nodes joined by `edges` (index pairs into `sizes`, whose length is the node count),
 * from a fixed number of ticks of d3-force on each level (see D3_FORCE_NODES): links pull, every
 * node repels (Barnes–Hut), nodes do not overlap; nodes without edges are tiled under the drawing.
 * d3 starts from a phyllotaxis spiral and draws on its own seeded generator, and coarsening breaks
 * ties by index, so the result is deterministic.
 */
export function d3ForceLayout(
  sizes: readonly Size[],
  edges: readonly (readonly [number, number])[],
): Point[] {
  const linked = new Set(edges.flat());
  const members = sizes.map((_, i) => i).filter((i) => linked.has(i));
  const slot = new Map(members.map((node, i) => [node, i]));
  const linkedEdges = edges.map(([source, target]): Link => [
    slot.get(source) ?? 0,
    slot.get(target) ?? 0,
  ]);
  const drawn = layOutComponents(members.length, linkedEdges);
  const isolated = tileBelow(sizes.length - members.length, drawn);
  let next = 0;
  return sizes.map((_, i) => {
    const at = slot.has(i) ? drawn[slot.get(i) ?? 0] : isolated[next++];
    return at ?? { x: 0, y: 0 };
  });
}

/** `ticks` of the simulation from `start` (d3's phyllotaxis spiral when null), collisions last. */
function simulate(
  count: number,
  edges: readonly Link[],
  start: readonly Point[] | null,
  { ticks, alpha, collideTicks }: { ticks: number; alpha: number; collideTicks: number },
): Point[] {
  const bodies: SimulationNodeDatum[] = Array.from({ length: count }, (_, i) => ({
    ...start?.[i],
  }));
  const links: SimulationLinkDatum<SimulationNodeDatum>[] = edges.map(([source, target]) => ({
    source,
    target,
  }));
  const simulation = forceSimulation(bodies)
    .force("link", forceLink(links).distance(LINK_DISTANCE))
    .force("charge", forceManyBody().strength(CHARGE).theta(THETA))
    .force("x", forceX(0).strength(GRAVITY))
    .force("y", forceY(0).strength(GRAVITY))
    .alpha(alpha)
    .alphaDecay(1 - Math.pow(ALPHA_MIN / alpha, 1 / ticks))
    .stop();
  simulation.tick(ticks - collideTicks);
  simulation.force("collide", forceCollide(COLLIDE_RADIUS));
  simulation.tick(collideTicks);
  return bodies.map(({ x = 0, y = 0 }) => ({ x, y }));
}

/**
 * Centres for a connected-enough graph: coarsened level by level, the coarsest laid out from
 * scratch, then each finer level from its coarser one's places, scaled up for its extra nodes,
 * each member a little off its group's place.
 */
function multilevel(count: number, edges: readonly Link[]): Point[] {
  const levels: { count: number; edges: readonly Link[]; parent?: Int32Array }[] = [
    { count, edges },
  ];
  for (let top = levels[0]; top && top.count > COARSEST_NODES; top = levels.at(-1)) {
    const coarser = coarsen(top.count, top.edges);
    if (coarser.count > top.count * MIN_SHRINK) break;
    top.parent = coarser.parent;
    levels.push({ count: coarser.count, edges: coarser.edges });
  }
  const coarsest = levels.at(-1) ?? { count, edges };
  let places = simulate(coarsest.count, coarsest.edges, null, {
    ticks: TICKS,
    alpha: 1,
    // A graph too small to coarsen is kept apart throughout; a coarse level's nodes are groups.
    collideTicks: levels.length === 1 ? TICKS : 0,
  });
  for (let l = levels.length - 2; l >= 0; l--) {
    const level = levels[l];
    const parent = level?.parent;
    if (level === undefined || parent === undefined) break;
    const grow = Math.sqrt(level.count / (levels[l + 1]?.count ?? level.count));
    const coarse = places;
    // Each group's members fill a sunflower disc around its place, as dense as a member's
    // neighbours will be: a star folded into its hub (thousands of members) all on one small
    // ring were flung thousands of pixels out by the first tick.
    const placedInGroup = new Int32Array(coarse.length);
    const start = Array.from({ length: level.count }, (_, i) => {
      const group = parent[i] ?? 0;
      const at = coarse[group] ?? { x: 0, y: 0 };
      const k = placedInGroup[group] ?? 0;
      placedInGroup[group] = k + 1;
      const radius = SPREAD * Math.sqrt(k + 0.5);
      return {
        x: at.x * grow + Math.cos(k * GOLDEN_ANGLE) * radius,
        y: at.y * grow + Math.sin(k * GOLDEN_ANGLE) * radius,
      };
    });
    places = simulate(level.count, level.edges, start, {
      ticks: l === 0 ? FINEST_TICKS : REFINE_TICKS,
      alpha: REFINE_ALPHA,
      collideTicks: l === 0 ? COLLIDE_TICKS : 0,
    });
  }
  return places;
}

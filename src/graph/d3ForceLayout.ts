import type { SimulationLinkDatum, SimulationNodeDatum } from "d3-force";
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { Size } from "./metrics";

/**
 * From this many nodes on, fcose is replaced by a Barnes–Hut force simulation: fcose's force pass
 * grows much faster than linearly (2,000 nodes about 4 s, 8,000 nodes over 10 minutes in a
 * worker), while this one lays out 8,000 nodes in about 15 s in a worker (2-core machine, Chromium).
 */
export const D3_FORCE_NODES = 1000;

/** Enough ticks, with alpha cooled to d3's floor over them, for clusters to settle apart. */
const TICKS = 200;
const ALPHA_DECAY = 1 - Math.pow(0.001, 1 / TICKS);
/** Barnes–Hut accuracy: coarser than d3's 0.9, a fifth faster with no visible difference. */
const THETA = 1.2;
const LINK_DISTANCE = 40;
const CHARGE = -150;
const COLLIDE_RADIUS = 14;
/** A weak pull to the centre keeps loose components from drifting off the fitted drawing. */
const GRAVITY = 0.05;

type Body = SimulationNodeDatum & { r: number };

type Point = { x: number; y: number };

/** A node's collision circle, and the gap left between isolated nodes in their grid. */
const CELL = 2 * COLLIDE_RADIUS + 6;

/**
 * Nodes without edges in rows under the drawing, as wide as it is: left in the simulation they
 * would only be pushed out into a ring around everything else.
 */
export function tileBelow(count: number, drawn: readonly Point[]): Point[] {
  // A loop, not Math.min(...xs): spreading a very large graph's coordinates as arguments
  // overflows the call stack.
  let left = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const { x, y } of drawn) {
    left = Math.min(left, x);
    right = Math.max(right, x);
    bottom = Math.max(bottom, y);
  }
  const [x0, width, top] = drawn.length > 0 ? [left, right - left, bottom + 2 * CELL] : [0, 0, 0];
  const perRow = Math.max(1, Math.floor(width / CELL) + 1, Math.ceil(Math.sqrt(count)));
  return Array.from({ length: count }, (_, i) => ({
    x: x0 + (i % perRow) * CELL,
    y: top + Math.floor(i / perRow) * CELL,
  }));
}

/**
 * Centres for nodes joined by `edges` (index pairs into `sizes`, whose length is the node count),
 * from a fixed number of ticks of d3-force: links pull, every node repels (Barnes–Hut), nodes do
 * not overlap; nodes without edges are tiled under the drawing. d3 starts from a phyllotaxis
 * spiral and draws on its own seeded generator, so the result is deterministic.
 */
export function d3ForceLayout(
  sizes: readonly Size[],
  edges: readonly (readonly [number, number])[],
): Point[] {
  const linked = new Set(edges.flat());
  const members = sizes.map((_, i) => i).filter((i) => linked.has(i));
  const slot = new Map(members.map((node, i) => [node, i]));
  const bodies: Body[] = members.map(() => ({ r: COLLIDE_RADIUS }));
  const links: SimulationLinkDatum<Body>[] = edges.map(([source, target]) => ({
    source: slot.get(source) ?? 0,
    target: slot.get(target) ?? 0,
  }));
  const simulation = forceSimulation(bodies)
    .force("link", forceLink(links).distance(LINK_DISTANCE))
    .force("charge", forceManyBody().strength(CHARGE).theta(THETA))
    .force(
      "collide",
      forceCollide<Body>((body) => body.r),
    )
    .force("x", forceX(0).strength(GRAVITY))
    .force("y", forceY(0).strength(GRAVITY))
    .alphaDecay(ALPHA_DECAY)
    .stop();
  simulation.tick(TICKS);
  const drawn = bodies.map(({ x = 0, y = 0 }) => ({ x, y }));
  const isolated = tileBelow(sizes.length - members.length, drawn);
  let next = 0;
  return sizes.map((_, i) => {
    const at = slot.has(i) ? drawn[slot.get(i) ?? 0] : isolated[next++];
    return at ?? { x: 0, y: 0 };
  });
}

import type { SimulationLinkDatum, SimulationNodeDatum } from "d3-force";
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { Size } from "./forceLayout";

/**
 * From this many nodes on, fcose is replaced by a Barnes–Hut force simulation: fcose's force pass
 * grows much faster than linearly (2,000 nodes about 4 s, 8,000 nodes over 10 minutes in a
 * worker), while this one takes about 11 s at 8,000 (Node, 2-core machine).
 */
export const SPREAD_LAYOUT_NODES = 1000;

/** Enough ticks, with alpha cooled to d3's floor over them, for clusters to settle apart. */
const TICKS = 150;
const ALPHA_DECAY = 1 - Math.pow(0.001, 1 / TICKS);
/** Barnes–Hut accuracy: coarser than d3's 0.9, a fifth faster with no visible difference. */
const THETA = 1.2;
const LINK_DISTANCE = 40;
const CHARGE = -60;
/** Charge beyond this distance is ignored: far clusters need not push each other, only apart. */
const CHARGE_RANGE = 600;
/** A weak pull to the centre keeps loose components from drifting off the fitted drawing. */
const GRAVITY = 0.04;

type Body = SimulationNodeDatum & { r: number };

/**
 * Centres for boxes of the given sizes joined by `edges` (index pairs), from a fixed number of
 * ticks of d3-force: links pull, every node repels (Barnes–Hut), boxes do not overlap. d3 starts
 * from a phyllotaxis spiral and draws on its own seeded generator, so the result is deterministic.
 */
export function spreadLayout(
  sizes: readonly Size[],
  edges: readonly (readonly [number, number])[],
): { x: number; y: number }[] {
  const bodies: Body[] = sizes.map(({ w, h }) => ({ r: Math.max(w, h) / 2 }));
  const links: SimulationLinkDatum<Body>[] = edges.map(([source, target]) => ({ source, target }));
  const simulation = forceSimulation(bodies)
    .force("link", forceLink(links).distance(LINK_DISTANCE))
    .force("charge", forceManyBody().strength(CHARGE).distanceMax(CHARGE_RANGE).theta(THETA))
    .force(
      "collide",
      forceCollide<Body>((body) => body.r),
    )
    .force("x", forceX(0).strength(GRAVITY))
    .force("y", forceY(0).strength(GRAVITY))
    .alphaDecay(ALPHA_DECAY)
    .stop();
  simulation.tick(TICKS);
  return bodies.map(({ x = 0, y = 0 }) => ({ x, y }));
}

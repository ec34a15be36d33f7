import cytoscape from "cytoscape";
import type { Core, ElementDefinition, SingularElementArgument, StylesheetJson } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { FcoseLayoutOptions } from "cytoscape-fcose";
import { LABEL_MARGIN, labelSize, NODE_SIZE } from "./metrics";

let fcoseRegistered = false;

function registerFcose(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

/** Repulsion of a node with no edges; each edge adds HUB_REPULSION, so hubs keep their distance. */
const BASE_REPULSION = 4500;
const HUB_REPULSION = 900;

/**
 * Tuned for article-sized graphs (a few dozen labelled nodes): compact enough that the fitted
 * drawing is read near zoom 1, with room between labels. "default" quality converges in a
 * fraction of "proof"'s time and, with labels reserved in each node's box, places them as well.
 */
export const LAYOUT_OPTIONS: FcoseLayoutOptions = {
  name: "fcose",
  quality: "default",
  randomize: true,
  animate: false,
  fit: false,
  // Label sizes are already folded into each stand-in node's width and height (see runLayout).
  nodeDimensionsIncludeLabels: false,
  nodeRepulsion: (node) => BASE_REPULSION + HUB_REPULSION * (node.data("degree") as number),
  idealEdgeLength: 50,
  nodeSeparation: 60,
  numIter: 2500,
  tile: true,
};

const LAYOUT_SEED = 0x5eed;
const STAND_IN_STYLE: StylesheetJson = [
  { selector: "node", style: { width: "data(w)", height: "data(h)" } },
];

/** mulberry32: a tiny, well-mixed 32-bit PRNG. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// fcose draws on Math.random (spectral sampling, tree regrowth). The run is synchronous with
// animate:false, so swapping in a seeded generator for its duration affects nothing else.
function withSeededRandom(seed: number, run: () => void): void {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    run();
  } finally {
    Math.random = original;
  }
}

// Code-unit order, not localeCompare: the result must not depend on the viewer's locale.
const byId = (a: SingularElementArgument, b: SingularElementArgument): number =>
  a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0;

/**
 * A node with the label under it, as one box. Its centre sits below the node's by `drop`, which
 * is taken off again when the position is copied back.
 */
function standInBox(label: unknown): { w: number; h: number; drop: number } {
  const text = typeof label === "string" ? labelSize(label) : { w: 0, h: 0 };
  const below = text.h > 0 ? LABEL_MARGIN + text.h : 0;
  return { w: Math.max(NODE_SIZE, text.w), h: NODE_SIZE + below, drop: below / 2 };
}

/**
 * Pins the best-connected node to the origin. Any constraint also stops fcose from pruning the
 * graph's trees and growing them back afterwards in straight lines, which left a chain of five
 * nodes off one hub of the article graph sticking out across half the drawing.
 */
function anchor(standIn: Core): { nodeId: string; position: { x: number; y: number } } {
  let hub = standIn.nodes()[0];
  standIn.nodes().forEach((node) => {
    if (hub === undefined || node.degree(false) > hub.degree(false)) hub = node;
  });
  return { nodeId: hub?.id() ?? "n0", position: { x: 0, y: 0 } };
}

export interface LayoutShape {
  /**
   * Lay the graph out taller than wide, for a portrait pane. fcose's spectral start stretches a
   * graph along x; for a tall drawing the layout runs with x and y swapped (each node's box too)
   * and swaps them back, which mirrors the drawing about its diagonal.
   */
  tall?: boolean;
}

/**
 * Places every node currently in `cy`, deterministically: the same graph and shape get the same
 * positions whatever order its elements were added or restored in, because the layout runs on a
 * headless stand-in built in id order. Each stand-in node is as large as its node and label.
 */
export function runLayout(cy: Core, { tall = false }: LayoutShape = {}): void {
  const nodes = cy.nodes().toArray().sort(byId);
  if (nodes.length === 0) return;
  registerFcose();
  const alias = new Map(nodes.map((node, i) => [node.id(), `n${i}`]));
  const boxes = nodes.map((node) => standInBox(node.data("label")));
  const elements: ElementDefinition[] = boxes.map(({ w, h }, i) => ({
    group: "nodes",
    data: { id: `n${i}`, w: tall ? h : w, h: tall ? w : h, degree: nodes[i]?.degree(false) ?? 0 },
  }));
  cy.edges()
    .toArray()
    .sort(byId)
    .forEach((edge, i) => {
      const source = alias.get(edge.source().id());
      const target = alias.get(edge.target().id());
      // A self-loop exerts no force on its node's placement.
      if (source === undefined || target === undefined || source === target) return;
      elements.push({ group: "edges", data: { id: `e${i}`, source, target } });
    });

  const standIn = cytoscape({
    headless: true,
    styleEnabled: true,
    style: STAND_IN_STYLE,
    elements,
  });
  try {
    const options = { ...LAYOUT_OPTIONS, fixedNodeConstraint: [anchor(standIn)] };
    withSeededRandom(LAYOUT_SEED, () => standIn.layout(options).run());
    cy.batch(() => {
      nodes.forEach((node, i) => {
        const at = standIn.getElementById(`n${i}`).position();
        const { x, y } = tall ? { x: at.y, y: at.x } : at;
        node.position({ x, y: y - (boxes[i]?.drop ?? 0) });
      });
    });
  } finally {
    standIn.destroy();
  }
}

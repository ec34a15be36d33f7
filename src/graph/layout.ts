import cytoscape from "cytoscape";
import type { Core, ElementDefinition, SingularElementArgument, StylesheetJson } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { FcoseLayoutOptions } from "cytoscape-fcose";

let fcoseRegistered = false;

function registerFcose(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

/** Tuned for article-sized graphs (a few dozen labelled nodes). */
export const LAYOUT_OPTIONS: FcoseLayoutOptions = {
  name: "fcose",
  quality: "proof",
  randomize: true,
  animate: false,
  fit: false,
  // Label sizes are already folded into each stand-in node's width and height (see runLayout).
  nodeDimensionsIncludeLabels: false,
  nodeRepulsion: 15000,
  idealEdgeLength: 130,
  nodeSeparation: 90,
  gravity: 0.25,
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
 * Places every node currently in `cy`, deterministically: the same graph gets the same positions
 * whatever order its elements were added or restored in, because the layout runs on a headless
 * stand-in built in id order. Each stand-in node is as large as its node including its label.
 */
export function runLayout(cy: Core): void {
  const nodes = cy.nodes().toArray().sort(byId);
  if (nodes.length === 0) return;
  registerFcose();
  const alias = new Map(nodes.map((node, i) => [node.id(), `n${i}`]));
  const elements: ElementDefinition[] = nodes.map((node, i) => {
    const { w, h } = node.layoutDimensions({ nodeDimensionsIncludeLabels: true });
    return { group: "nodes", data: { id: `n${i}`, w, h } };
  });
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
    withSeededRandom(LAYOUT_SEED, () => standIn.layout(LAYOUT_OPTIONS).run());
    cy.batch(() => {
      nodes.forEach((node, i) => node.position({ ...standIn.getElementById(`n${i}`).position() }));
    });
  } finally {
    standIn.destroy();
  }
}

import type { Core, NodeSingular, SingularElementArgument } from "cytoscape";
import { bakedLayout } from "./bakedLayouts";
import { forceLayout } from "./forceLayout";
import { HUB_FONT_SIZE, LABEL_FONT_SIZE, LABEL_MARGIN, labelSize, NODE_SIZE } from "./metrics";
import type { Box } from "./separate";
import { separate } from "./separate";

/** Space kept between one node's label box and the next. */
const LABEL_GAP = 6;

export interface LayoutShape {
  /**
   * Lay the graph out taller than wide, for a portrait pane. fcose's spectral start stretches a
   * graph along x; for a tall drawing the layout runs with x and y swapped (each node's box too)
   * and swaps them back, which mirrors the drawing about its diagonal.
   */
  tall?: boolean;
}

/** Everything the positions depend on, nodes in id order. */
export interface LayoutInput {
  ids: string[];
  /** Each node with its label under it, as one box; its centre sits `drop` below the node's. */
  boxes: { w: number; h: number; drop: number }[];
  /** Index pairs into `ids`; self-loops left out, as they exert no force. */
  edges: [number, number][];
  tall: boolean;
}

// Code-unit order, not localeCompare: the result must not depend on the viewer's locale.
const byId = (a: SingularElementArgument, b: SingularElementArgument): number =>
  a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0;

function standInBox(node: NodeSingular): LayoutInput["boxes"][number] {
  const lines: unknown = node.data("text");
  const font = node.data("hub") === true ? HUB_FONT_SIZE : LABEL_FONT_SIZE;
  const text = typeof lines === "string" ? labelSize(lines.split("\n"), font) : { w: 0, h: 0 };
  const below = text.h > 0 ? LABEL_MARGIN + text.h : 0;
  return { w: Math.max(NODE_SIZE, text.w), h: NODE_SIZE + below, drop: below / 2 };
}

/** The layout's input for every node and edge currently in `cy`, whatever order they came in. */
export function layoutInput(cy: Core, { tall = false }: LayoutShape = {}): LayoutInput {
  const nodes = cy.nodes().toArray().sort(byId);
  const index = new Map(nodes.map((node, i) => [node.id(), i]));
  const edges: [number, number][] = [];
  for (const edge of cy.edges().toArray().sort(byId)) {
    const source = index.get(edge.source().id());
    const target = index.get(edge.target().id());
    if (source !== undefined && target !== undefined && source !== target) {
      edges.push([source, target]);
    }
  }
  return { ids: nodes.map((node) => node.id()), boxes: nodes.map(standInBox), edges, tall };
}

/** Node positions for `input`, in its order: fcose, then labels pushed clear of each other. */
export function computeLayout(input: LayoutInput): { x: number; y: number }[] {
  const { boxes, edges, tall } = input;
  const centres = forceLayout(
    boxes.map(({ w, h }) => (tall ? { w: h, h: w } : { w, h })),
    edges,
  );
  const placed: Box[] = boxes.map(({ w, h }, i) => {
    const at = centres[i] ?? { x: 0, y: 0 };
    return { ...(tall ? { x: at.y, y: at.x } : at), w, h };
  });
  separate(placed, LABEL_GAP);
  return placed.map(({ x, y }, i) => ({ x, y: y - (boxes[i]?.drop ?? 0) }));
}

/**
 * Places every node currently in `cy`, deterministically: the same graph and shape get the same
 * positions whatever order its elements were added or restored in. A graph whose layout was baked
 * at build time (the article's) takes those positions and skips the costly fcose run.
 */
export function runLayout(cy: Core, shape: LayoutShape = {}): void {
  const input = layoutInput(cy, shape);
  if (input.ids.length === 0) return;
  const positions = bakedLayout(input) ?? computeLayout(input);
  cy.batch(() => {
    input.ids.forEach((id, i) => {
      const at = positions[i];
      if (at) cy.getElementById(id).position({ x: at.x, y: at.y });
    });
  });
}

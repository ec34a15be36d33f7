import type { Collection, Core, NodeSingular, SingularElementArgument } from "cytoscape";
import { bakedLayout } from "./bakedLayouts";
import { HUB_FONT_SIZE, LABEL_FONT_SIZE, LABEL_MARGIN, labelSize, NODE_SIZE } from "./metrics";
import { layoutOffThread } from "./offThread";
import type { LayoutInput, LayoutShape, Positions } from "./layoutTypes";

export type { LayoutInput, LayoutShape, Positions } from "./layoutTypes";

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

/**
 * What a layout places: the canvas (every node and edge on it), or a collection, whose elements
 * may be in Cytoscape's removed state (a big graph waits off the canvas for its layout).
 */
export type LayoutElements = Core | Collection;

/** The layout's input for every node and edge of `within`, whatever order they came in. */
export function layoutInput(
  within: LayoutElements,
  { tall = false }: LayoutShape = {},
): LayoutInput {
  const nodes = within.nodes().toArray().sort(byId);
  const index = new Map(nodes.map((node, i) => [node.id(), i]));
  const edges: [number, number][] = [];
  // Ends read from the data: a removed edge has no source() or target() to ask.
  for (const edge of within.edges().toArray().sort(byId)) {
    const source = index.get(String(edge.data("source")));
    const target = index.get(String(edge.data("target")));
    if (source !== undefined && target !== undefined && source !== target) {
      edges.push([source, target]);
    }
  }
  const at = nodes.map((node): unknown => node.data("at"));
  const preset = at.every(isPoint) ? at : undefined;
  return {
    ids: nodes.map((node) => node.id()),
    boxes: nodes.map(standInBox),
    edges,
    tall,
    ...(preset ? { preset } : {}),
  };
}

const isPoint = (value: unknown): value is { x: number; y: number } =>
  typeof value === "object" &&
  value !== null &&
  Number.isFinite((value as { x?: unknown }).x) &&
  Number.isFinite((value as { y?: unknown }).y);

/**
 * A file's own places, spread out when its units are too small for Entente's nodes (a layout in
 * [0, 1], say): the drawing keeps its shape, and nodes get about 120 px each way to stand in.
 */
export function spreadPreset(preset: Positions): Positions {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of preset) {
    [minX, maxX, minY, maxY] = [
      Math.min(minX, x),
      Math.max(maxX, x),
      Math.min(minY, y),
      Math.max(maxY, y),
    ];
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  const wanted = Math.sqrt(preset.length) * 120;
  const scale = extent > 0 && extent < wanted ? wanted / extent : 1;
  return preset.map(({ x, y }) => ({ x: x * scale, y: y * scale }));
}

/**
 * Positions for `input`: a baked layout at once (without loading a layout engine at all), any
 * other from fcose or, for big graphs, d3-force off the main thread. Rejects with the signal's
 * reason when `signal` aborts first.
 */
export function computeLayout(input: LayoutInput, signal?: AbortSignal): Promise<Positions> {
  if (input.ids.length === 0) return Promise.resolve([]);
  if (input.preset) return Promise.resolve(spreadPreset(input.preset));
  const baked = bakedLayout(input);
  return baked ? Promise.resolve(baked) : layoutOffThread(input, signal);
}

/**
 * Moves `nodes` to `positions` (same order), in one batch. Taken as elements rather than ids:
 * a node hidden (removed) while its layout ran is still moved, and returns in its new place.
 */
export function placeNodes(cy: Core, nodes: readonly NodeSingular[], positions: Positions): void {
  cy.batch(() => {
    nodes.forEach((node, i) => {
      const at = positions[i];
      if (at) node.position({ x: at.x, y: at.y });
    });
  });
}

/** The nodes of `within` that `input` lists, in its order. */
export const nodesOf = (within: LayoutElements, input: LayoutInput): NodeSingular[] =>
  input.ids.map((id) => within.getElementById(id) as NodeSingular);

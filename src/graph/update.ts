import type {
  Core,
  ElementDefinition,
  NodeSingular,
  Position,
  SingularElementArgument,
} from "cytoscape";
import type { Graph } from "../domain/model/types";
import type { ElementStore } from "./elements";
import { storeOf, toCyId, toElements } from "./elements";
import type { LayoutElements } from "./layout";
import { LABEL_MAX_WIDTH, NODE_SIZE } from "./metrics";

/** What an in-place update did: the canvas's new element store and the nodes it added. */
export interface Updated {
  store: ElementStore;
  added: NodeSingular[];
}

const sameData = (ele: SingularElementArgument, data: Record<string, unknown>): boolean =>
  Object.entries(data).every(([key, value]) => ele.data(key) === value);

const sameEnds = (ele: SingularElementArgument, data: ElementDefinition["data"]): boolean =>
  ele.data("source") === data.source && ele.data("target") === data.target;

/**
 * Makes the canvas hold exactly `graph`'s elements, touching only what differs from `store`:
 * removed elements go, changed ones take their new data (an edge with new ends is replaced),
 * added ones come in. Unchanged elements keep their position and classes. Every element is on the
 * canvas afterwards (hidden ones included, since an edge can only be added between ends that are
 * there): the caller applies the visible set again.
 */
export function updateElements(cy: Core, store: ElementStore, graph: Graph): Updated {
  const definitions = toElements(graph);
  const before = new Map<string, SingularElementArgument>();
  for (const ele of [...store.nodes, ...store.edges]) before.set(ele.id(), ele);
  const wanted = new Set(definitions.map((d) => d.data.id ?? ""));
  const added: NodeSingular[] = [];
  cy.batch(() => {
    for (const ele of [...store.nodes, ...store.edges]) if (ele.removed()) ele.restore();
    for (const [id, ele] of before) {
      if (!wanted.has(id) && !ele.removed()) ele.remove();
    }
    for (const definition of definitions) {
      const id = definition.data.id ?? "";
      const old = before.get(id);
      if (old && (old.isNode() || sameEnds(old, definition.data))) {
        if (!sameData(old, definition.data)) old.data(definition.data);
        continue;
      }
      if (old) old.remove();
      const ele = cy.add(definition);
      if (!old && ele.isNode()) added.push(ele);
    }
  });
  return { store: storeOf(cy, graph), added };
}

/**
 * Puts each added node near the nodes it is linked to (their centre, nudged so that two newcomers
 * never share a spot); a node linked to nothing already placed goes beside the drawing.
 */
export function placeNear(
  within: LayoutElements,
  graph: Graph,
  added: readonly NodeSingular[],
): void {
  const first = added[0];
  if (first === undefined) return;
  const newIds = new Set(added.map((n) => n.id()));
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of graph.edges) {
    const [s, t] = [toCyId(source), toCyId(target)];
    if (newIds.has(s) && !newIds.has(t)) neighbours.set(s, [...(neighbours.get(s) ?? []), t]);
    if (newIds.has(t) && !newIds.has(s)) neighbours.set(t, [...(neighbours.get(t) ?? []), s]);
  }
  // From the positions, not Cytoscape's bounding box: a node off the canvas has none.
  const box = { x2: -Infinity, y1: Infinity };
  within.nodes().forEach((n) => {
    if (newIds.has(n.id())) return;
    const { x, y } = n.position();
    box.x2 = Math.max(box.x2, x + NODE_SIZE / 2);
    box.y1 = Math.min(box.y1, y - NODE_SIZE / 2);
  });
  if (box.x2 === -Infinity) [box.x2, box.y1] = [0, 0];
  let alone = 0;
  first.cy().batch(() => {
    added.forEach((node, i) => {
      const around = (neighbours.get(node.id()) ?? []).map((id) =>
        within.getElementById(id).position(),
      );
      node.position(around.length > 0 ? nudge(centre(around), i) : beside(box, alone++));
    });
  });
}

const centre = (points: Position[]): Position => ({
  x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
  y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
});

// A step around a circle per newcomer, so several added at once fan out instead of stacking.
const nudge = ({ x, y }: Position, i: number): Position => {
  const angle = i * 2.39996; // the golden angle: successive points never line up
  const radius = LABEL_MAX_WIDTH / 2;
  return { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
};

const beside = (box: { x2: number; y1: number }, i: number): Position => ({
  x: box.x2 + LABEL_MAX_WIDTH,
  y: box.y1 + i * LABEL_MAX_WIDTH,
});

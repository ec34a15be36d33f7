import type { Collection, Core, EdgeSingular, ElementDefinition, NodeSingular } from "cytoscape";
import { isSpeculative } from "../domain/view/certainty";
import { shortLabel, TOOLTIP_CAP } from "../domain/model/labels";
import type { Graph, GraphEdge, GraphNode } from "../domain/model/types";
import { fileColour } from "./fileColours";
import { HUB_DEGREE, HUB_FONT_SIZE, LABEL_FONT_SIZE, wrapLabel } from "./metrics";
import { PAST_SUFFIX } from "./palette";

/**
 * Every element of the loaded graph, including those currently removed from the canvas.
 * Cytoscape keeps a removed element's data, classes and position, so restoring one puts it back
 * exactly where it was.
 */
export interface ElementStore {
  readonly nodes: readonly NodeSingular[];
  readonly edges: readonly EdgeSingular[];
  /**
   * Graph ids of `nodes` and `edges`, and each edge's ends, in the same order: a timeline step
   * checks every element against the visible sets, and reading ids off the canvas elements
   * would make new strings (to hash anew) for each of 20,000 elements on every step.
   */
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  readonly edgeEnds: readonly (readonly [string, string])[];
}

export const EMPTY_STORE: ElementStore = {
  nodes: [],
  edges: [],
  nodeIds: [],
  edgeIds: [],
  edgeEnds: [],
};

// Cytoscape keys plain objects by element id in places (remove() silently skips an element whose
// id is `__proto__` or `constructor`), so on the canvas every graph id carries this prefix.
const PREFIX = "@";
export const toCyId = (id: string): string => PREFIX + id;
export const fromCyId = (cyId: string): string => cyId.slice(PREFIX.length);
/** Marks the name of a relationship only speculation supports, on the canvas and in its tooltip. */
export const SPECULATIVE_MARK = " ?";
/** How far a speculative relationship's line steps back (the past and faded go further). */
export const SPECULATIVE_OPACITY = 0.55;

/** The graph id of a canvas element. */
export const idOf = (ele: { id(): string }): string => fromCyId(ele.id());

function degrees(graph: Graph): Map<string, number> {
  const degree = new Map<string, number>();
  for (const { source, target } of graph.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return degree;
}

/**
 * Cytoscape element JSON for a graph. A node's `text` is its label broken into the lines the
 * layout makes room for, `pastText` the same while the node is "past"; `hub` marks the nodes
 * with HUB_DEGREE or more edges. An edge's `pastLabel` is its relation while "past".
 */
export function toElements(graph: Graph): ElementDefinition[] {
  const degree = degrees(graph);
  return [
    ...graph.nodes.map((node) => nodeElement(node, degree.get(node.id) ?? 0)),
    ...graph.edges.map(edgeElement),
  ];
}

/** One node's element JSON, given how many edges it has (see `toElements`). */
export function nodeElement(node: GraphNode, degree: number): ElementDefinition {
  const hub = degree >= HUB_DEGREE;
  const font = hub ? HUB_FONT_SIZE : LABEL_FONT_SIZE;
  // Capped, so one 10,000-character name neither covers the drawing nor shrinks it on Fit.
  const short = shortLabel(node.label);
  return {
    group: "nodes",
    data: {
      id: toCyId(node.id),
      label: shortLabel(node.label, TOOLTIP_CAP),
      kind: node.kind,
      hub,
      degree,
      text: wrapLabel(short, font).join("\n"),
      pastText: wrapLabel(short + PAST_SUFFIX, font).join("\n"),
      // The colour another tool gave it fills it; its shape still says its kind.
      ...fileColour(node.color),
      // Where another tool placed it: the layout keeps such places (layoutInput's `preset`).
      ...(node.position ? { at: { x: node.position.x, y: node.position.y } } : {}),
    },
  };
}

/** One edge's element JSON (see `toElements`). */
export function edgeElement(edge: GraphEdge): ElementDefinition {
  const speculative = isSpeculative(edge);
  const relation = shortLabel(edge.relation) + (speculative ? SPECULATIVE_MARK : "");
  return {
    group: "edges",
    data: {
      id: toCyId(edge.id),
      source: toCyId(edge.source),
      target: toCyId(edge.target),
      stance: edge.stance,
      relation,
      pastLabel: relation + PAST_SUFFIX,
      speculative,
      // The colour another tool gave it draws the line; the line's style still says its stance.
      ...fileColour(edge.color, "line"),
    },
  };
}

/**
 * Replaces whatever the canvas shows with all of `graph`'s elements, or, `offCanvas`, makes them
 * in Cytoscape's removed state: a big graph waits off the canvas for its layout, and adding
 * 20,000 elements only to take them off again was most of a 3.6 s task (Cytoscape styles what
 * it adds and updates every bundle of parallel edges on removal).
 */
export function replaceElements(cy: Core, graph: Graph, offCanvas = false): ElementStore {
  if (offCanvas) {
    cy.batch(() => {
      cy.elements().remove();
    });
    return storeOf(cy.collection(toElements(graph), { removed: true }), graph);
  }
  cy.batch(() => {
    cy.elements().remove();
    cy.add(toElements(graph));
  });
  return storeOf(cy, graph);
}

/** The store's elements as one collection, whether they are on the canvas or not. */
export function collectionOf(cy: Core, store: ElementStore): Collection {
  const all = cy.collection();
  for (const node of store.nodes) all.merge(node);
  for (const edge of store.edges) all.merge(edge);
  return all;
}

/** The store of `graph`'s elements, all of which must be in `within`, in graph order. */
export function storeOf(within: Core | Collection, graph: Graph): ElementStore {
  const byId = (id: string) => within.getElementById(toCyId(id));
  const nodes = graph.nodes.map((node) => byId(node.id) as NodeSingular);
  const edges = graph.edges.map((edge) => byId(edge.id) as EdgeSingular);
  return {
    nodes,
    edges,
    nodeIds: graph.nodes.map((node) => node.id),
    edgeIds: graph.edges.map((edge) => edge.id),
    edgeEnds: graph.edges.map((edge) => [edge.source, edge.target] as const),
  };
}

// Tiny graphs and a headless Cytoscape for the canvas tests, on the one factory.
import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import { afterEach, beforeEach } from "vitest";
import { GraphController } from "../../src/graph/controller";
import type { Graph, GraphEdge, GraphNode, NodeKind, Stance } from "../../src/domain/model/types";
import { makeEdge, makeGraph, makeNode } from "../fixtures/factory";
import { STYLESHEETS } from "../../src/graph/stylesheet";
import type { LayoutShape } from "../../src/graph/layoutTypes";
import { LayoutRequests } from "../../src/graph/layoutRequests";
import type { VisibleSet } from "../../src/graph/types";

/** A node as the canvas tests want it: "Label <id>", no quotes. */
export const node = (id: string, kind: NodeKind = "person"): GraphNode =>
  makeNode({ id, label: `Label ${id}`, kind, evidence: [] });

export const edge = (id: string, source: string, target: string, stance: Stance = "alliance") =>
  makeEdge({ id, source, target, stance, relation: `rel ${id}`, evidence: [] });

/** A graph of these nodes and edges. */
export const graphOf = (nodes: GraphNode[], edges: GraphEdge[]): Graph =>
  makeGraph({ nodes, edges });

/** Nodes a–d and ids that break naive code: prototype keys, spaces and selector syntax. */
export const SAMPLE = graphOf(
  [
    node("a"),
    node("b", "organization"),
    node("c", "media"),
    node("d", "event"),
    node("__proto__", "place"),
    node("a b", "asset"),
    node("x#y", "program"),
    node('"q"', "government"),
    node("toString", "person"),
  ],
  [
    edge("ab", "a", "b"),
    edge("bc", "b", "c", "rivalry"),
    edge("cd", "c", "d", "neutral"),
    edge("e:proto", "__proto__", "a b"),
    edge("constructor", "x#y", '"q"', "rivalry"),
    edge("a>proto", "a", "__proto__"),
    edge("hasOwnProperty", "toString", "d", "neutral"),
  ],
);

export function shownSet(
  nodes: Iterable<string>,
  edges: Iterable<string>,
  past: Iterable<string> = [],
): VisibleSet {
  return { nodes: new Set(nodes), edges: new Set(edges), past: new Set(past) };
}

export const everything = (graph: Graph, past: Iterable<string> = []): VisibleSet =>
  shownSet(
    graph.nodes.map((n) => n.id),
    graph.edges.map((e) => e.id),
    past,
  );

export const headlessCy = (): Core =>
  cytoscape({ headless: true, styleEnabled: true, style: STYLESHEETS.small.light });

/** Lays out every node now in `cy`, as the canvas does. */
export const layOut = (cy: Core, shape: LayoutShape = {}): Promise<void> =>
  new LayoutRequests(cy).run(shape, "relayout", () => {});

/** A headless canvas and its controller, made afresh before each test and destroyed after it. */
export function headlessController(): { readonly cy: Core; readonly controller: GraphController } {
  const made = {} as { cy: Core; controller: GraphController };
  beforeEach(() => {
    made.cy = headlessCy();
    made.controller = new GraphController(made.cy);
  });
  afterEach(() => made.cy.destroy());
  return made;
}

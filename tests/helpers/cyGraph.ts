// Tiny graphs for the canvas tests, built the way the loader builds them.
import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import type { Graph, GraphEdge, GraphNode, NodeKind, Stance } from "../../src/domain/model/types";
import { STYLESHEETS } from "../../src/graph/stylesheet";
import type { LayoutShape } from "../../src/graph/layoutTypes";
import { LayoutRequests } from "../../src/graph/layoutRequests";
import type { VisibleSet } from "../../src/graph/types";

export function node(id: string, kind: NodeKind = "person"): GraphNode {
  return { id, label: `Label ${id}`, kind, approximate: false, evidence: [] };
}

export function edge(
  id: string,
  source: string,
  target: string,
  stance: Stance = "alliance",
): GraphEdge {
  return { id, source, target, stance, relation: `rel ${id}`, approximate: false, evidence: [] };
}

export function makeGraph(nodes: GraphNode[], edges: GraphEdge[]): Graph {
  return {
    title: "Test graph",
    source: { title: "Source", text: "" },
    periods: [],
    periodsDerived: true,
    nodes,
    edges,
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    edgeById: new Map(edges.map((e) => [e.id, e])),
  };
}

/** Nodes a–d and ids that break naive code: prototype keys, spaces and selector syntax. */
export const SAMPLE = makeGraph(
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

export function visibleSet(
  nodes: Iterable<string>,
  edges: Iterable<string>,
  past: Iterable<string> = [],
): VisibleSet {
  return { nodes: new Set(nodes), edges: new Set(edges), past: new Set(past) };
}

export const everything = (graph: Graph, past: Iterable<string> = []): VisibleSet =>
  visibleSet(
    graph.nodes.map((n) => n.id),
    graph.edges.map((e) => e.id),
    past,
  );

export const headlessCy = (): Core =>
  cytoscape({ headless: true, styleEnabled: true, style: STYLESHEETS.small.light });

/** Lays out every node now in `cy`, as the canvas does. */
export const layOut = (cy: Core, shape: LayoutShape = {}): Promise<void> =>
  new LayoutRequests(cy).run(shape, "relayout", () => {});

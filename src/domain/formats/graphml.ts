import type { Graph, GraphEdge, GraphNode } from "../model/types";
import { element, renderXml, textElement, type XmlElement } from "./xml";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

type Domain = "node" | "edge";
type KeyType = "string" | "boolean";

// Key ids are global in a GraphML document, so node and edge keys of the same name get a prefix.
const NODE_KEYS = {
  label: "string",
  kind: "string",
  summary: "string",
  date: "string",
  start: "string",
  end: "string",
  approximate: "boolean",
} as const satisfies Record<string, KeyType>;

const EDGE_KEYS = {
  relation: "string",
  stance: "string",
  start: "string",
  end: "string",
  approximate: "boolean",
  evidence: "string",
} as const satisfies Record<string, KeyType>;

const keyId = (domain: Domain, name: string): string => `${domain}-${name}`;

const declarations = (domain: Domain, keys: Record<string, KeyType>): XmlElement[] =>
  Object.entries(keys).map(([name, type]) =>
    element("key", { id: keyId(domain, name), for: domain, "attr.name": name, "attr.type": type }),
  );

function data<K extends string>(
  domain: Domain,
  values: Record<K, string | boolean | undefined>,
): XmlElement[] {
  return Object.entries<string | boolean | undefined>(values).flatMap(([name, value]) =>
    value === undefined ? [] : [textElement("data", String(value), { key: keyId(domain, name) })],
  );
}

const nodeElement = (node: GraphNode): XmlElement =>
  element(
    "node",
    { id: node.id },
    data<keyof typeof NODE_KEYS>("node", {
      label: node.label,
      kind: node.kind,
      summary: node.summary,
      date: node.date,
      start: node.start,
      end: node.end,
      approximate: node.approximate,
    }),
  );

const edgeElement = (edge: GraphEdge): XmlElement =>
  element(
    "edge",
    { id: edge.id, source: edge.source, target: edge.target },
    data<keyof typeof EDGE_KEYS>("edge", {
      relation: edge.relation,
      stance: edge.stance,
      start: edge.start,
      end: edge.end,
      approximate: edge.approximate,
      evidence: edge.evidence.map((e) => e.quote).join("\n"),
    }),
  );

/**
 * GraphML for yEd, Cytoscape desktop, NetworkX and igraph. Dates are written as in the file
 * (`2025-07`); ids are kept as they are, even where they are not XML name tokens.
 */
export function exportGraphml(graph: Graph): string {
  return renderXml(
    element("graphml", { xmlns: GRAPHML_NS }, [
      ...declarations("node", NODE_KEYS),
      ...declarations("edge", EDGE_KEYS),
      element("graph", { id: "G", edgedefault: "directed" }, [
        ...graph.nodes.map(nodeElement),
        ...graph.edges.map(edgeElement),
      ]),
    ]),
  );
}

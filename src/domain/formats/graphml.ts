import type { Graph, GraphEdge, GraphNode } from "../model/types";
import {
  edgeJson,
  ELEMENT_FIELD,
  graphJson,
  GRAPH_FIELD,
  nodeJson,
  renamedIds,
  xmlIds,
} from "./embedded";
import { element, renderXml, stripInvalidXmlChars, textElement, type XmlElement } from "./xml";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

type Domain = "node" | "edge" | "graph";
type KeyType = "string" | "boolean" | "double";

// Key ids are global in a GraphML document, so node and edge keys of the same name get a prefix.
const NODE_KEYS = {
  "entente:id": "string",
  label: "string",
  kind: "string",
  summary: "string",
  date: "string",
  start: "string",
  end: "string",
  approximate: "boolean",
  x: "double",
  y: "double",
  color: "string",
  [ELEMENT_FIELD]: "string",
} as const satisfies Record<string, KeyType>;

const EDGE_KEYS = {
  "entente:id": "string",
  relation: "string",
  stance: "string",
  start: "string",
  end: "string",
  approximate: "boolean",
  evidence: "string",
  color: "string",
  [ELEMENT_FIELD]: "string",
} as const satisfies Record<string, KeyType>;

const GRAPH_KEYS = { title: "string", [GRAPH_FIELD]: "string" } as const;

// Key ids are NMTOKENs in the XSD: "node-entente:id" is one, as colons are name characters.
const keyId = (domain: Domain, name: string): string => `${domain}-${name}`;

const declarations = (domain: Domain, keys: Record<string, KeyType>): XmlElement[] =>
  Object.entries(keys).map(([name, type]) =>
    element("key", { id: keyId(domain, name), for: domain, "attr.name": name, "attr.type": type }),
  );

function data<K extends string>(
  domain: Domain,
  values: Record<K, string | number | boolean | undefined>,
): XmlElement[] {
  return Object.entries<string | number | boolean | undefined>(values).flatMap(([name, value]) =>
    value === undefined ? [] : [textElement("data", String(value), { key: keyId(domain, name) })],
  );
}

const nodeElement = (node: GraphNode, id: string): XmlElement =>
  element(
    "node",
    { id },
    data<keyof typeof NODE_KEYS>("node", {
      "entente:id": node.id,
      label: node.label,
      kind: node.kind,
      summary: node.summary,
      date: node.date,
      start: node.start,
      end: node.end,
      approximate: node.approximate,
      x: node.position?.x,
      y: node.position?.y,
      color: node.color,
      [ELEMENT_FIELD]: nodeJson(node),
    }),
  );

const edgeElement = (edge: GraphEdge, ids: { id: string; source: string; target: string }) =>
  element(
    "edge",
    ids,
    data<keyof typeof EDGE_KEYS>("edge", {
      "entente:id": edge.id,
      relation: edge.relation,
      stance: edge.stance,
      start: edge.start,
      end: edge.end,
      approximate: edge.approximate,
      evidence: edge.evidence.map((e) => e.quote).join("\n"),
      color: edge.color,
      [ELEMENT_FIELD]: edgeJson(edge),
    }),
  );

/** An XML name token: letters, digits and . - _ : only; anything else becomes _. */
const nmtoken = (id: string): string =>
  stripInvalidXmlChars(id).replace(/[^\p{L}\p{N}._:-]/gu, "_");

/** Node and edge ids the GraphML file carries under another name (see exportNotice). */
export function graphmlRenamed(graph: Graph): [string, string][] {
  const [nodes, edges] = [graph.nodes.map((n) => n.id), graph.edges.map((e) => e.id)];
  return [
    ...renamedIds(nodes, xmlIds(nodes, nmtoken)),
    ...renamedIds(edges, xmlIds(edges, nmtoken)),
  ];
}

/**
 * GraphML for yEd, Cytoscape desktop, NetworkX and igraph. Ids become valid name tokens (the
 * original kept in an `entente:id` key); dates are written as in the file (`2025-07`); Entente's
 * own data rides in namespaced keys, so the file re-opens here as the same graph.
 */
export function exportGraphml(graph: Graph): string {
  const nodeIds = xmlIds(
    graph.nodes.map((n) => n.id),
    nmtoken,
  );
  const edgeIds = xmlIds(
    graph.edges.map((e) => e.id),
    nmtoken,
  );
  const byId = new Map(graph.nodes.map((n, i) => [n.id, nodeIds[i] ?? ""]));
  return renderXml(
    element("graphml", { xmlns: GRAPHML_NS }, [
      ...declarations("graph", GRAPH_KEYS),
      ...declarations("node", NODE_KEYS),
      ...declarations("edge", EDGE_KEYS),
      element("graph", { id: "G", edgedefault: "directed" }, [
        ...data<keyof typeof GRAPH_KEYS>("graph", {
          title: graph.title,
          [GRAPH_FIELD]: graphJson(graph),
        }),
        ...graph.nodes.map((n, i) => nodeElement(n, nodeIds[i] ?? "")),
        ...graph.edges.map((e, i) =>
          edgeElement(e, {
            id: edgeIds[i] ?? "",
            source: byId.get(e.source) ?? "",
            target: byId.get(e.target) ?? "",
          }),
        ),
      ]),
    ]),
  );
}

import type { Graph, GraphEdge, GraphNode, NodeKind, Stance } from "../model/types";
import {
  edgeJson,
  ELEMENT_FIELD,
  ENTENTE_NS,
  graphJson,
  nodeJson,
  renamedIds,
  xmlIds,
} from "./embedded";
import { spellOf } from "./spell";
import { element, renderXml, stripInvalidXmlChars, textElement, type XmlElement } from "./xml";

const GEXF_NS = "http://gexf.net/1.3";
const VIZ_NS = "http://gexf.net/1.3/viz";

type Rgb = readonly [number, number, number];

// Gephi shows these until the user restyles; stances read as green / red / grey.
const COLORS: { stance: Record<Stance, Rgb>; kind: Record<NodeKind, Rgb> } = {
  stance: { alliance: [44, 160, 44], rivalry: [214, 39, 40], neutral: [140, 140, 140] },
  kind: {
    person: [31, 119, 180],
    organization: [255, 127, 14],
    media: [148, 103, 189],
    government: [140, 86, 75],
    program: [227, 119, 194],
    event: [188, 189, 34],
    place: [23, 190, 207],
    asset: [127, 127, 127],
  },
};

const declare = (id: string, type: string): XmlElement =>
  element("attribute", { id, title: id, type });

// Dates are written as plain attributes too, for readers that ignore spells (graphology-gexf).
// GEXF 1.3 has no place for a graph's own data (its RELAX NG schema lets <meta> hold only a
// creator, keywords and a description), so the rest of the document rides in the <options> of
// the attribute that carries each element's entry, where Gephi shows nothing of it.
const nodeAttributes = (graph: Graph): XmlElement =>
  element("attributes", { class: "node", mode: "static" }, [
    declare("kind", "string"),
    declare("summary", "string"),
    declare("date", "string"),
    declare("start", "string"),
    declare("end", "string"),
    declare("approximate", "boolean"),
    element("attribute", { id: ELEMENT_FIELD, title: ELEMENT_FIELD, type: "string" }, [
      textElement("options", graphJson(graph)),
    ]),
  ]);

const EDGE_ATTRIBUTES = element("attributes", { class: "edge", mode: "static" }, [
  declare("stance", "string"),
  declare("relation", "string"),
  declare("start", "string"),
  declare("end", "string"),
  declare("approximate", "boolean"),
  declare("quotes", "integer"),
  declare(ELEMENT_FIELD, "string"),
]);

function attvalues(values: Record<string, string | number | boolean | undefined>): XmlElement {
  const children = Object.entries(values).flatMap(([key, value]) =>
    value === undefined ? [] : [element("attvalue", { for: key, value: String(value) })],
  );
  return element("attvalues", {}, children);
}

const rgbOf = (hex: string): Rgb => {
  const part = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return [part(1), part(3), part(5)];
};

/** Spells (when dated), then viz: colour and place, after the attribute values. */
function extras(item: GraphNode | GraphEdge, [r, g, b]: Rgb): XmlElement[] {
  const spell = spellOf(item);
  const out = spell === undefined ? [] : [element("spells", {}, [element("spell", spell)])];
  out.push(element("viz:color", { r, g, b }));
  // Gephi's y axis points up, Entente's down.
  const at = "position" in item ? item.position : undefined;
  if (at) out.push(element("viz:position", { x: at.x, y: at.y === 0 ? 0 : -at.y, z: 0 }));
  return out;
}

const nodeElement = (node: GraphNode, id: string): XmlElement =>
  element("node", { id, label: node.label }, [
    attvalues({
      kind: node.kind,
      summary: node.summary,
      date: node.date,
      start: node.start,
      end: node.end,
      approximate: node.approximate,
      [ELEMENT_FIELD]: nodeJson(node),
    }),
    ...extras(node, node.color ? rgbOf(node.color) : COLORS.kind[node.kind]),
  ]);

interface EdgeIds {
  id: string;
  source: string;
  target: string;
  /** Set on parallel edges: GEXF makes source, target and kind unique together. */
  kind?: string;
}

const edgeElement = (edge: GraphEdge, ids: EdgeIds): XmlElement =>
  element("edge", { ...ids, label: edge.relation, weight: 1 }, [
    attvalues({
      stance: edge.stance,
      relation: edge.relation,
      start: edge.start,
      end: edge.end,
      approximate: edge.approximate,
      quotes: edge.evidence.length,
      [ELEMENT_FIELD]: edgeJson(edge),
    }),
    ...extras(edge, edge.color ? rgbOf(edge.color) : COLORS.stance[edge.stance]),
  ]);

/** Each edge's ids in the file, with a kind for every edge that shares its ends with another. */
function edgeIds(graph: Graph, nodeIds: ReadonlyMap<string, string>): EdgeIds[] {
  const ids = xmlIds(
    graph.edges.map((e) => e.id),
    stripInvalidXmlChars,
  );
  const pairs = new Map<string, number>();
  const pair = (e: GraphEdge) => JSON.stringify([e.source, e.target]);
  for (const e of graph.edges) pairs.set(pair(e), (pairs.get(pair(e)) ?? 0) + 1);
  return graph.edges.map((e, i) => ({
    id: ids[i] ?? e.id,
    source: nodeIds.get(e.source) ?? e.source,
    target: nodeIds.get(e.target) ?? e.target,
    ...((pairs.get(pair(e)) ?? 0) > 1 ? { kind: ids[i] ?? e.id } : {}),
  }));
}

/**
 * GEXF 1.3 for Gephi: a dynamic graph whose nodes and edges carry date spells (so the timeline
 * plays), dates as plain attributes too, colours and positions; and Entente's own data in
 * namespaced attributes, so the file re-opens here as the same graph.
 */
/** Node and edge ids the GEXF file carries under another name (see exportNotice). */
export function gexfRenamed(graph: Graph): [string, string][] {
  const [nodes, edges] = [graph.nodes.map((n) => n.id), graph.edges.map((e) => e.id)];
  return [
    ...renamedIds(nodes, xmlIds(nodes, stripInvalidXmlChars)),
    ...renamedIds(edges, xmlIds(edges, stripInvalidXmlChars)),
  ];
}

export function exportGexf(graph: Graph): string {
  const nodeIds = xmlIds(
    graph.nodes.map((n) => n.id),
    stripInvalidXmlChars,
  );
  const byId = new Map(graph.nodes.map((n, i) => [n.id, nodeIds[i] ?? n.id]));
  const edges = edgeIds(graph, byId);
  return renderXml(
    element(
      "gexf",
      { xmlns: GEXF_NS, "xmlns:viz": VIZ_NS, "xmlns:entente": ENTENTE_NS, version: "1.3" },
      [
        element("meta", {}, [
          textElement("creator", "Entente"),
          textElement("description", graph.title),
        ]),
        element("graph", { defaultedgetype: "directed", mode: "dynamic", timeformat: "date" }, [
          nodeAttributes(graph),
          EDGE_ATTRIBUTES,
          element(
            "nodes",
            { count: graph.nodes.length },
            graph.nodes.map((n, i) => nodeElement(n, nodeIds[i] ?? n.id)),
          ),
          element(
            "edges",
            { count: graph.edges.length },
            graph.edges.map((e, i) =>
              edgeElement(e, edges[i] ?? { id: e.id, source: e.source, target: e.target }),
            ),
          ),
        ]),
      ],
    ),
  );
}

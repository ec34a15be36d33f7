import type { Graph, GraphEdge, GraphNode, NodeKind, Stance } from "../model/types";
import { spellOf } from "./spell";
import { element, renderXml, textElement, type XmlElement } from "./xml";

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

const NODE_ATTRIBUTES = element("attributes", { class: "node", mode: "static" }, [
  declare("kind", "string"),
  declare("summary", "string"),
  declare("approximate", "boolean"),
]);

const EDGE_ATTRIBUTES = element("attributes", { class: "edge", mode: "static" }, [
  declare("stance", "string"),
  declare("relation", "string"),
  declare("approximate", "boolean"),
  declare("quotes", "integer"),
]);

function attvalues(values: Record<string, string | number | boolean | undefined>): XmlElement {
  const children = Object.entries(values).flatMap(([key, value]) =>
    value === undefined ? [] : [element("attvalue", { for: key, value: String(value) })],
  );
  return element("attvalues", {}, children);
}

/** Spells (when dated) and colour, after the attribute values. */
function extras(item: GraphNode | GraphEdge, [r, g, b]: Rgb): XmlElement[] {
  const spell = spellOf(item);
  const color = element("viz:color", { r, g, b });
  return spell === undefined ? [color] : [element("spells", {}, [element("spell", spell)]), color];
}

const nodeElement = (node: GraphNode): XmlElement =>
  element("node", { id: node.id, label: node.label }, [
    attvalues({ kind: node.kind, summary: node.summary, approximate: node.approximate }),
    ...extras(node, COLORS.kind[node.kind]),
  ]);

const edgeElement = (edge: GraphEdge): XmlElement =>
  element(
    "edge",
    { id: edge.id, source: edge.source, target: edge.target, label: edge.relation, weight: 1 },
    [
      attvalues({
        stance: edge.stance,
        relation: edge.relation,
        approximate: edge.approximate,
        quotes: edge.evidence.length,
      }),
      ...extras(edge, COLORS.stance[edge.stance]),
    ],
  );

/** GEXF 1.3 for Gephi: a dynamic graph whose nodes and edges carry date spells, so the timeline plays. */
export function exportGexf(graph: Graph): string {
  return renderXml(
    element("gexf", { xmlns: GEXF_NS, "xmlns:viz": VIZ_NS, version: "1.3" }, [
      element("meta", {}, [
        textElement("creator", "Entente"),
        textElement("description", graph.title),
      ]),
      element("graph", { defaultedgetype: "directed", mode: "dynamic", timeformat: "date" }, [
        NODE_ATTRIBUTES,
        EDGE_ATTRIBUTES,
        element("nodes", { count: graph.nodes.length }, graph.nodes.map(nodeElement)),
        element("edges", { count: graph.edges.length }, graph.edges.map(edgeElement)),
      ]),
    ]),
  );
}

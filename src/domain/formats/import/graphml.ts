import { ELEMENT_FIELD, GRAPH_FIELD } from "../embedded";
import { ImportBuilder } from "./builder";
import { ownDocument } from "./own";
import { edgeFields, nodeFields, type Fields } from "./fields";
import { plural, type ImportOutcome } from "./report";
import { child, childrenNamed, type XNode } from "./xmlTree";

interface Key {
  name: string;
  type: string;
  fallback?: string;
}

/** key id → its name, type and default, for one domain ("node" or "edge"; "all" counts for both). */
function keysFor(root: XNode, domain: string): Map<string, Key> {
  const out = new Map<string, Key>();
  for (const k of childrenNamed(root, "key")) {
    const scope = k.attrs.for ?? "all";
    if (k.attrs.id === undefined || (scope !== domain && scope !== "all")) continue;
    const fallback = child(k, "default")?.text;
    out.set(k.attrs.id, {
      name: k.attrs["attr.name"] ?? k.attrs["yfiles.type"] ?? k.attrs.id,
      type: k.attrs["attr.type"] ?? "string",
      ...(fallback === undefined ? {} : { fallback }),
    });
  }
  return out;
}

const typed = (key: Key, text: string): unknown => {
  if (["int", "long", "float", "double"].includes(key.type)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  return text;
};

/** yEd keeps label, colour and place in its own elements inside <data>. */
function yed(data: XNode): [string, unknown][] {
  const out: [string, unknown][] = [];
  const walk = (n: XNode) => {
    if (n.name === "NodeLabel" && n.text.trim() !== "") out.push(["label", n.text.trim()]);
    if (n.name === "Fill" && n.attrs.color) out.push(["color", n.attrs.color.slice(0, 7)]);
    if (n.name === "Geometry") {
      out.push(["x", Number(n.attrs.x) + Number(n.attrs.width ?? 0) / 2]);
      out.push(["y", Number(n.attrs.y) + Number(n.attrs.height ?? 0) / 2]);
    }
    n.children.forEach(walk);
  };
  data.children.forEach(walk);
  return out;
}

function fieldsOf(el: XNode, keys: Map<string, Key>): Fields {
  const given = new Map<string, unknown>();
  const out: [string, unknown][] = [];
  for (const d of childrenNamed(el, "data")) {
    const key = keys.get(d.attrs.key ?? "");
    if (!key) continue;
    given.set(d.attrs.key ?? "", true);
    if (d.children.length > 0) out.push(...yed(d));
    else out.push([key.name, typed(key, d.text)]);
  }
  for (const [id, key] of keys) {
    if (!given.has(id) && key.fallback !== undefined)
      out.push([key.name, typed(key, key.fallback)]);
  }
  return out;
}

/** A GraphML file (yEd, Cytoscape desktop, networkx, igraph, Gephi, graphology). */
export function importGraphml(root: XNode, file?: string): ImportOutcome {
  const b = new ImportBuilder("GraphML file");
  const graphs = childrenNamed(root, "graph");
  const graph = graphs[0];
  if (!graph) {
    b.note("fatal", "the file has no <graph> element");
    return { ok: false, report: b.report };
  }
  const own = ownGraphml(root, graph);
  if (own) return own;
  if (graphs.length > 1) b.note("warning", `only the first of ${graphs.length} graphs was read`);
  const nodeKeys = keysFor(root, "node");
  const edgeKeys = keysFor(root, "edge");
  b.report.read.push(plural(nodeKeys.size, "node key"), plural(edgeKeys.size, "edge key"));
  for (const el of childrenNamed(graph, "node")) {
    if (el.attrs.id === undefined) {
      b.count("warning", "nodes without an id were dropped");
      continue;
    }
    if (child(el, "graph"))
      b.count("warning", "hierarchy: nested graphs inside nodes were dropped");
    if (child(el, "port")) b.count("info", "ports were dropped");
    b.node(nodeFields(el.attrs.id, fieldsOf(el, nodeKeys), b));
  }
  for (const el of childrenNamed(graph, "edge")) {
    const { source, target } = el.attrs;
    if (source === undefined || target === undefined) {
      b.count("warning", "edges without a source or target were dropped");
      continue;
    }
    b.edge(edgeFields({ id: el.attrs.id, source, target }, fieldsOf(el, edgeKeys), b));
  }
  const hyper = childrenNamed(graph, "hyperedge").length;
  if (hyper > 0)
    b.note(
      "warning",
      `${plural(hyper, "hyperedge")} dropped: Entente's relationships join two nodes`,
    );
  return b.finish("", file);
}

/** Entente's entries, by the keys named for them. */
function ownGraphml(root: XNode, graph: XNode): ImportOutcome | undefined {
  const keyFor = (domain: string, name: string) =>
    childrenNamed(root, "key").find((k) => k.attrs.for === domain && k.attrs["attr.name"] === name)
      ?.attrs.id;
  const [graphKey, nodeKey, edgeKey] = [
    keyFor("graph", GRAPH_FIELD),
    keyFor("node", ELEMENT_FIELD),
    keyFor("edge", ELEMENT_FIELD),
  ];
  if (!graphKey || !nodeKey || !edgeKey) return undefined;
  const value = (el: XNode, key: string) =>
    childrenNamed(el, "data").find((d) => d.attrs.key === key)?.text;
  return ownDocument(
    "GraphML file",
    value(graph, graphKey),
    childrenNamed(graph, "node").map((n) => value(n, nodeKey)),
    childrenNamed(graph, "edge").map((e) => value(e, edgeKey)),
  );
}

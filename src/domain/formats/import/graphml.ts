import { ELEMENT_FIELD, GRAPH_FIELD } from "../embedded";
import {
  addValue,
  attributeTables,
  latestFields,
  Preview,
  splitEdge,
  type Values,
} from "./attributes";
import { ImportBuilder } from "./builder";
import type { Mapping } from "./columns";
import { nodeFields } from "./fields";
import { ownDocument } from "./own";
import { plural, type ImportOutcome } from "./report";
import { parentOf, streamXml, type Tag } from "./xmlStream";

interface Key {
  name: string;
  type: string;
  domain: string;
  fallback?: string;
}

const typed = (key: Key, text: string): unknown => {
  if (["int", "long", "float", "double"].includes(key.type)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  return text;
};

/** A node or edge between its tags, with the <data> being read and yEd's own fields. */
interface Open {
  attrs: Record<string, string>;
  values: Values;
  yed: [string, unknown][];
  data?: { key: string; text: string; nested: boolean };
  entry?: string;
}

/** yEd keeps label, colour and place in its own elements inside <data>: a node's Fill, an edge's LineStyle. */
function yedTag(tag: Tag, into: [string, unknown][]): void {
  const { attrs } = tag;
  if ((tag.name === "Fill" || tag.name === "LineStyle") && attrs.color)
    into.push(["color", attrs.color.slice(0, 7)]);
  if (tag.name === "Geometry") {
    into.push(["x", Number(attrs.x) + Number(attrs.width ?? 0) / 2]);
    into.push(["y", Number(attrs.y) + Number(attrs.height ?? 0) / 2]);
  }
}

const inDomain = (key: Key, domain: string) => key.domain === domain || key.domain === "all";

/**
 * A GraphML file (yEd, Cytoscape desktop, networkx, igraph, Gephi, graphology), read as it
 * streams. Entente's own GraphML comes back whole from the entries its elements carry.
 * `mappings` (nodes, then edges) is the mapping step's choice for the file's keys.
 */
export function importGraphml(text: string, file?: string, mappings?: Mapping[]): ImportOutcome {
  const b = new ImportBuilder("GraphML file");
  const keys = new Map<string, Key>();
  const preview = { node: new Preview(), edge: new Preview() };
  let graphs = 0;
  let hyperedges = 0;
  let graphEntry: string | undefined;
  let graphData: { key: string; text: string } | undefined;
  let keyDefault: Key | undefined;
  const entries = { node: [] as (string | undefined)[], edge: [] as (string | undefined)[] };
  const open: Open[] = [];
  const own = { graph: "", node: "", edge: "" };

  const withDefaults = (el: Open, domain: string) => {
    for (const key of keys.values()) {
      if (inDomain(key, domain) && key.fallback !== undefined && !el.values.has(key.name))
        addValue(el.values, key.name, { value: typed(key, key.fallback) });
    }
  };

  const closeElement = (el: Open, domain: "node" | "edge") => {
    if (own.node !== "") entries[domain].push(el.entry);
    withDefaults(el, domain);
    const { id, source, target } = el.attrs;
    if (domain === "node") {
      if (id === undefined) return b.count("warning", "nodes without an id were dropped");
      preview.node.add(el.values);
      const fields = [...el.yed, ...latestFields(el.values, "node", mappings?.[0], b)];
      return b.node(nodeFields(id, fields, b));
    }
    if (source === undefined || target === undefined)
      return b.count("warning", "edges without a source or target were dropped");
    preview.edge.add(el.values);
    splitEdge(
      { ...(id === undefined ? {} : { id }), source, target },
      el.values,
      el.yed,
      mappings?.[1],
      b,
    );
  };

  const onOpen = (tag: Tag, path: readonly string[]) => {
    const { attrs } = tag;
    const depth = path.length;
    const el = open[open.length - 1];
    if (tag.name === "key" && depth === 2 && attrs.id !== undefined) {
      const key: Key = {
        name: attrs["attr.name"] ?? attrs["yfiles.type"] ?? attrs.id,
        type: attrs["attr.type"] ?? "string",
        domain: attrs.for ?? "all",
      };
      keys.set(attrs.id, key);
      keyDefault = key;
      if (key.name === GRAPH_FIELD && key.domain === "graph") own.graph = attrs.id;
      if (key.name === ELEMENT_FIELD && key.domain === "node") own.node = attrs.id;
      if (key.name === ELEMENT_FIELD && key.domain === "edge") own.edge = attrs.id;
      // yEd's graphics keys hold its own elements, read as label, colour and place.
      const plain = key.name !== ELEMENT_FIELD && attrs["yfiles.type"] === undefined;
      if (plain && inDomain(key, "node")) preview.node.declare(key.name);
      if (plain && inDomain(key, "edge")) preview.edge.declare(key.name);
    } else if (tag.name === "graph" && depth === 2) graphs++;
    else if (graphs !== 1 || depth < 3) return;
    else if (depth === 3 && tag.name === "data") graphData = { key: attrs.key ?? "", text: "" };
    else if (depth === 3 && (tag.name === "node" || tag.name === "edge"))
      open.push({ attrs, values: new Map(), yed: [] });
    else if (depth === 3 && tag.name === "hyperedge") hyperedges++;
    else if (!el) return;
    else if (depth === 4 && tag.name === "data")
      el.data = { key: attrs.key ?? "", text: "", nested: false };
    else if (depth === 4 && tag.name === "graph")
      b.count("warning", "hierarchy: nested graphs inside nodes were dropped");
    else if (depth === 4 && tag.name === "port") b.count("info", "ports were dropped");
    else if (el.data) {
      el.data.nested = true;
      yedTag(tag, el.yed);
    }
  };

  const onClose = (name: string, path: readonly string[]) => {
    const depth = path.length;
    if (name === "key") keyDefault = undefined;
    if (graphs !== 1) return;
    const el = open[open.length - 1];
    if (depth === 3 && name === "data" && graphData?.key === own.graph) graphEntry = graphData.text;
    else if (depth === 3 && (name === "node" || name === "edge") && el) {
      open.pop();
      closeElement(el, name);
    } else if (depth === 4 && name === "data" && el?.data) {
      const { key: id, text: value, nested } = el.data;
      const key = keys.get(id);
      if (id !== "" && (id === own.node || id === own.edge)) el.entry = value;
      else if (key && !nested) addValue(el.values, key.name, { value: typed(key, value) });
      else if (!nested && id !== "") {
        // Other readers refuse such a file; the key's id is often the name it should have had.
        b.count("warning", `data for an undeclared key "${id}" was read under that name`);
        addValue(el.values, id, { value });
      }
      el.data = undefined;
    }
  };

  const onText = (t: string, path: readonly string[]) => {
    const here = path[path.length - 1];
    const el = open[open.length - 1];
    if (here === "default" && keyDefault && parentOf(path) === "key")
      keyDefault.fallback = (keyDefault.fallback ?? "") + t;
    else if (graphs !== 1) return;
    else if (path.length === 3 && here === "data" && graphData) graphData.text += t;
    else if (path.length === 4 && here === "data" && el?.data) el.data.text += t;
    else if (here === "NodeLabel" && el?.data && t.trim() !== "") el.yed.push(["label", t.trim()]);
  };

  const streamed = streamXml(text, { open: onOpen, close: onClose, text: onText });
  if (!streamed.ok) return b.failed(`it is not well-formed XML at ${streamed.message}`);
  if (graphs === 0) return b.failed("the file has no <graph> element");
  if (own.graph !== "" && own.node !== "" && own.edge !== "") {
    const whole = ownDocument("GraphML file", graphEntry, entries.node, entries.edge);
    if (whole) return whole;
  }
  if (graphs > 1) b.note("warning", `only the first of ${graphs} graphs was read`);
  const count = (domain: string) => [...keys.values()].filter((k) => inDomain(k, domain)).length;
  b.report.read.push(plural(count("node"), "node key"), plural(count("edge"), "edge key"));
  if (hyperedges > 0)
    b.note(
      "warning",
      `${plural(hyperedges, "hyperedge")} dropped: Entente's relationships join two nodes`,
    );
  const tables = attributeTables(preview.node, preview.edge);
  if (tables) b.report.attributes = tables;
  return b.finish("", file);
}

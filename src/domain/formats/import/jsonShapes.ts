import { ImportBuilder } from "./builder";
import { edgeFields, nodeFields } from "./fields";
import type { ImportOutcome } from "./report";

// Readers for the JSON shapes graph tools save. Each takes the parsed value, already recognised
// by detect.ts, and is lenient about everything it does not need.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const idText = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
const withoutKeys = (o: Obj, skip: readonly string[]) =>
  Object.entries(o).filter(([k]) => !skip.includes(k));

function addNode(b: ImportBuilder, id: unknown, fields: Obj, skip: readonly string[] = []) {
  const key = idText(id);
  if (key === undefined) b.count("warning", "nodes without an id were dropped");
  else b.node(nodeFields(key, withoutKeys(fields, skip), b));
}

function addEdge(b: ImportBuilder, ends: Obj, fields: Obj, skip: readonly string[]) {
  const source = idText(ends.source);
  const target = idText(ends.target);
  if (source === undefined || target === undefined) {
    b.count("warning", "edges without a source or target were dropped");
    return;
  }
  const id = idText(ends.id ?? ends.key);
  b.edge(
    edgeFields(
      { ...(id === undefined ? {} : { id }), source, target },
      withoutKeys(fields, skip),
      b,
    ),
  );
}

/** Graphology's serialisation, which Gephi Lite saves: nodes with key + attributes. */
export function importGraphology(value: Obj, file?: string): ImportOutcome {
  const b = new ImportBuilder("graphology JSON file (Gephi Lite, sigma.js)");
  for (const n of list(value.nodes).map(obj)) addNode(b, n.key, obj(n.attributes));
  for (const e of list(value.edges).map(obj)) addEdge(b, e, obj(e.attributes), []);
  const title = obj(value.attributes).title ?? obj(value.attributes).name;
  return b.finish(typeof title === "string" ? title : "", file);
}

/** Cytoscape.js `cy.json()` and Cytoscape desktop's .cyjs: elements with data and positions. */
export function importCytoscape(value: Obj, file?: string): ImportOutcome {
  const desktop = typeof value.generated_by === "string" || value.format_version !== undefined;
  const b = new ImportBuilder(
    desktop ? "Cytoscape .cyjs file (Cytoscape desktop)" : "Cytoscape.js JSON file (cy.json())",
  );
  const elements = value.elements;
  const all: Obj[] = Array.isArray(elements)
    ? elements.map(obj)
    : [
        ...list(obj(elements).nodes).map((n) => ({ group: "nodes", ...obj(n) })),
        ...list(obj(elements).edges).map((e) => ({ group: "edges", ...obj(e) })),
      ];
  const isEdge = (el: Obj) =>
    el.group === "edges" || (el.group === undefined && obj(el.data).source !== undefined);
  // Cytoscape desktop names columns "shared name", "SUID", "selected": bookkeeping, not data.
  const bookkeeping = [
    "id",
    "SUID",
    "selected",
    "shared_name",
    "shared name",
    "source",
    "target",
    "parent",
  ];
  for (const el of all.filter((e) => !isEdge(e))) {
    const data = obj(el.data);
    const position = obj(el.position);
    if (data.parent !== undefined)
      b.count("warning", "hierarchy: compound (parent) nodes were flattened");
    addNode(
      b,
      data.id,
      { ...data, ...(typeof position.x === "number" ? { x: position.x, y: position.y } : {}) },
      bookkeeping,
    );
  }
  for (const el of all.filter(isEdge)) {
    const data = obj(el.data);
    addEdge(b, data, data, [...bookkeeping, "shared_interaction", "shared interaction"]);
  }
  const data = obj(value.data);
  const title = data.name ?? data.shared_name;
  return b.finish(typeof title === "string" ? title : "", file);
}

/** networkx's node_link_data: nodes with id, links (or edges, networkx ≥ 3.4) with source/target. */
export function importNetworkx(value: Obj, file?: string): ImportOutcome {
  const b = new ImportBuilder("networkx node-link JSON file");
  for (const n of list(value.nodes).map(obj)) addNode(b, n.id, n, ["id"]);
  for (const e of list(value.links ?? value.edges).map(obj))
    addEdge(b, e, e, ["source", "target", "key", "id"]);
  const title = obj(value.graph).name;
  return b.finish(typeof title === "string" ? title : "", file);
}

/** JSON Graph Format, v1 (nodes as a list) or v2 (nodes keyed by id); the first graph of several. */
export function importJgf(value: Obj, file?: string): ImportOutcome {
  const graphs = Array.isArray(value.graphs) ? value.graphs.map(obj) : [obj(value.graph)];
  const b = new ImportBuilder("JSON Graph Format file");
  const graph = graphs[0] ?? {};
  if (graphs.length > 1) b.note("warning", `only the first of ${graphs.length} graphs was read`);
  const nodes = Array.isArray(graph.nodes)
    ? graph.nodes.map(obj).map((n) => [n.id, n] as const)
    : Object.entries(obj(graph.nodes)).map(([id, n]) => [id, obj(n)] as const);
  for (const [id, n] of nodes) addNode(b, id, { label: n.label, ...obj(n.metadata) });
  for (const e of list(graph.edges).map(obj)) {
    addEdge(b, e, { relation: e.relation ?? e.label, ...obj(e.metadata) }, []);
  }
  const hyper = list(graph.hyperedges).length;
  if (hyper > 0)
    b.note("warning", `${hyper} hyperedges dropped: Entente's relationships join two nodes`);
  return b.finish(typeof graph.label === "string" ? graph.label : "", file);
}

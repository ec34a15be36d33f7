import { ELEMENT_FIELD } from "../embedded";
import { ImportBuilder } from "./builder";
import { ownDocument } from "./own";
import { edgeFields, nodeFields, type Fields } from "./fields";
import { plural, type ImportOutcome } from "./report";
import { child, childrenNamed, type XNode } from "./xmlTree";

/** "GEXF 1.3 file (Gephi)": the version and, when the file says, the tool that wrote it. */
export function gexfName(root: XNode): string {
  const creator = child(child(root, "meta"), "creator")?.text.trim();
  const tool = creator ? ` (${creator.replace(/\s+[\d.]+.*$/, "")})` : "";
  return `GEXF ${root.attrs.version ?? ""} file${tool}`.replace("  ", " ");
}

type Declared = Map<string, string>;

/** attribute id → title, for one class (node or edge). */
function declarations(graph: XNode | undefined, cls: string, b: ImportBuilder): Declared {
  const out: Declared = new Map();
  for (const block of childrenNamed(graph, "attributes")) {
    if ((block.attrs.class ?? "node") !== cls) continue;
    for (const a of childrenNamed(block, "attribute")) {
      if (a.attrs.id !== undefined) out.set(a.attrs.id, a.attrs.title ?? a.attrs.id);
    }
  }
  if (out.size > 0) b.report.read.push(`${plural(out.size, `${cls} attribute`)}`);
  return out;
}

/** First start and last end over the element's own dates and its spells. */
function timeOf(el: XNode, b: ImportBuilder): { start?: string; end?: string } {
  const spells = childrenNamed(child(el, "spells"), "spell");
  const starts: string[] = [];
  const ends: string[] = [];
  for (const s of [el, ...spells]) {
    const start = s.attrs.start ?? s.attrs.startopen ?? s.attrs.timestamp;
    const end = s.attrs.end ?? s.attrs.endopen ?? s.attrs.timestamp;
    if (start !== undefined) starts.push(start);
    if (end !== undefined) ends.push(end);
  }
  if (spells.length > 1)
    b.count("info", "elements with several spells span from the first start to the last end");
  const sorted = (xs: string[]) => [...xs].sort();
  return { start: sorted(starts)[0], end: sorted(ends).pop() };
}

/** The element's attribute values by title; a dynamic attribute keeps its latest value. */
function valuesOf(el: XNode, declared: Declared, b: ImportBuilder): [string, string][] {
  const latest = new Map<string, { value: string; at: string }>();
  for (const v of childrenNamed(child(el, "attvalues"), "attvalue")) {
    const key = v.attrs.for ?? v.attrs.id ?? "";
    const title = declared.get(key) ?? key;
    const at = v.attrs.start ?? v.attrs.timestamp ?? v.attrs.end ?? "";
    if (at !== "")
      b.count("warning", "dynamic attribute values: only the latest value of each was kept");
    const seen = latest.get(title);
    if (v.attrs.value !== undefined && (!seen || at >= seen.at)) {
      latest.set(title, { value: v.attrs.value, at });
    }
  }
  return [...latest].map(([title, { value }]) => [title, value]);
}

function colorOf(el: XNode): string | undefined {
  const c = el.children.find((n) => n.name === "color");
  if (!c) return undefined;
  if (c.attrs.hex) return c.attrs.hex;
  const part = (v: string | undefined) => Math.max(0, Math.min(255, Number(v ?? 0) | 0));
  return `#${[c.attrs.r, c.attrs.g, c.attrs.b].map((v) => part(v).toString(16).padStart(2, "0")).join("")}`;
}

function positionOf(el: XNode): { x: number; y: number } | undefined {
  const p = el.children.find((n) => n.name === "position");
  const [x, y] = [Number(p?.attrs.x), Number(p?.attrs.y)];
  // Gephi's y axis points up; Entente's, like the screen's, down.
  return p && Number.isFinite(x) && Number.isFinite(y) ? { x, y: y === 0 ? 0 : -y } : undefined;
}

function readNodes(parent: XNode | undefined, declared: Declared, b: ImportBuilder, depth: number) {
  for (const el of childrenNamed(child(parent, "nodes"), "node")) {
    const id = el.attrs.id;
    if (id === undefined) {
      b.count("warning", "nodes without an id were dropped");
      continue;
    }
    if (el.attrs.pid !== undefined || depth > 0) {
      b.count(
        "warning",
        "hierarchy: nodes inside other nodes were flattened (their parent dropped)",
      );
    }
    const fields: Fields = [
      ["label", el.attrs.label],
      ...valuesOf(el, declared, b),
      ...Object.entries(timeOf(el, b)),
    ];
    const raw = nodeFields(id, fields, b);
    b.node({ ...raw, color: colorOf(el) ?? raw.color, position: positionOf(el) ?? raw.position });
    readNodes(el, declared, b, depth + 1);
  }
}

/** A GEXF 1.1–1.3 file (Gephi, Gephi Lite, graphology, networkx, igraph), static or dynamic. */
export function importGexf(root: XNode, file?: string): ImportOutcome {
  const b = new ImportBuilder(gexfName(root));
  const graph = child(root, "graph");
  if (!graph)
    return {
      ok: false,
      report: {
        ...b.report,
        notes: [{ severity: "fatal", message: "the file has no <graph> element" }],
      },
    };
  const own = ownGexf(root, graph);
  if (own) return own;
  const timeformat = graph.attrs.timeformat ?? "double";
  if (graph.attrs.mode === "dynamic")
    b.report.read.push(`dynamic graph, time format "${timeformat}"`);
  const nodeAttrs = declarations(graph, "node", b);
  const edgeAttrs = declarations(graph, "edge", b);
  readNodes(graph, nodeAttrs, b, 0);
  const defaultType = graph.attrs.defaultedgetype ?? "undirected";
  for (const el of childrenNamed(child(graph, "edges"), "edge")) {
    const { source, target } = el.attrs;
    if (source === undefined || target === undefined) {
      b.count("warning", "edges without a source or target were dropped");
      continue;
    }
    if ((el.attrs.type ?? defaultType) !== "directed") {
      b.count("info", "undirected edges are drawn from source to target");
    }
    const fields: Fields = [
      ["label", el.attrs.label],
      ["kind", el.attrs.kind],
      ...valuesOf(el, edgeAttrs, b),
      ...Object.entries(timeOf(el, b)),
    ];
    b.edge(edgeFields({ id: el.attrs.id, source, target }, fields, b));
  }
  const description = child(child(root, "meta"), "description")?.text.trim() ?? "";
  return b.finish(description.length > 0 && description.length <= 120 ? description : "", file);
}

/** The entry Entente wrote on each element, by the attribute id declared for it. */
function ownGexf(root: XNode, graph: XNode): ImportOutcome | undefined {
  const meta = child(root, "meta");
  const embedded = meta?.children.find((c) => c.prefix === "entente" && c.name === "graph");
  if (!embedded) return undefined;
  const entry = (el: XNode) =>
    childrenNamed(child(el, "attvalues"), "attvalue").find((v) => v.attrs.for === ELEMENT_FIELD)
      ?.attrs.value;
  return ownDocument(
    gexfName(root),
    embedded.text,
    childrenNamed(child(graph, "nodes"), "node").map(entry),
    childrenNamed(child(graph, "edges"), "edge").map(entry),
  );
}

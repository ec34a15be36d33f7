import type { Position } from "../../model/types";
import { ELEMENT_FIELD } from "../embedded";
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
import { nodeFields, type Fields } from "./fields";
import { ownDocument } from "./own";
import { plural, type ImportOutcome } from "./report";
import { parentOf, streamXml, type Tag } from "./xmlStream";

/** A node or edge between its opening and closing tags: only what the reader keeps of it. */
interface Open {
  attrs: Record<string, string>;
  values: Values;
  spells: { start?: string; end?: string }[];
  color?: string;
  position?: Position;
  entry?: string;
}

function colorOf({ attrs }: Tag): string {
  if (attrs.hex) return attrs.hex;
  const part = (v: string | undefined) => Math.max(0, Math.min(255, Number(v ?? 0) | 0));
  return `#${[attrs.r, attrs.g, attrs.b].map((v) => part(v).toString(16).padStart(2, "0")).join("")}`;
}

function positionOf({ attrs }: Tag): Position | undefined {
  const [x, y] = [Number(attrs.x), Number(attrs.y)];
  // Gephi's y axis points up; Entente's, like the screen's, down.
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y: y === 0 ? 0 : -y } : undefined;
}

/**
 * The version a GEXF file without a version attribute is, by its namespace: "…/1.2draft" is 1.2;
 * Gephi's first files ("http://www.gephi.org/gexf") are GEXF 1.0.
 */
function versionOf(namespace = ""): string {
  const numbered = /(\d\.\d)(draft)?\/?$/.exec(namespace);
  if (numbered) return numbered[1] ?? "";
  return /gephi\.org\/gexf\/?$/.test(namespace) ? "1.0" : "";
}

const startOf = (a: Record<string, string>) => a.start ?? a.startopen ?? a.timestamp;
const endOf = (a: Record<string, string>) => a.end ?? a.endopen ?? a.timestamp;

/** First start and last end over the element's own dates and its spells. */
function timeOf(el: Open, b: ImportBuilder): Fields {
  const starts = [startOf(el.attrs), ...el.spells.map((s) => s.start)].filter(
    (s) => s !== undefined,
  );
  const ends = [endOf(el.attrs), ...el.spells.map((s) => s.end)].filter((s) => s !== undefined);
  if (el.spells.length > 1)
    b.count("info", "elements with several spells span from the first start to the last end");
  const out: [string, string][] = [];
  const first = starts.sort()[0];
  const last = ends.sort().pop();
  if (first !== undefined) out.push(["start", first]);
  if (last !== undefined) out.push(["end", last]);
  return out;
}

/**
 * A GEXF 1.1–1.3 file (Gephi, Gephi Lite, graphology, networkx, igraph), static or dynamic, read
 * as it streams: each node and edge goes to the builder when its tag closes. Entente's own GEXF
 * comes back whole from the entries its elements carry. `mappings` (nodes, then edges) is the
 * mapping step's choice for the file's attributes.
 */
export function importGexf(text: string, file?: string, mappings?: Mapping[]): ImportOutcome {
  const b = new ImportBuilder("GEXF file");
  const declared = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const preview = { node: new Preview(), edge: new Preview() };
  let [version, creator, description, embedded] = ["", "", "", undefined as string | undefined];
  // "Gephi 0.10.1" → "Gephi": the tool, not its version.
  const tool = () => creator.trim().replace(/\s+[\d.]+.*$/, "");
  let attributeClass: "node" | "edge" = "node";
  // The <options> of the attribute being read: Entente's own GEXF keeps its graph data there.
  let [attributeId, options] = ["", undefined as string | undefined];
  let graphs = 0;
  let defaultType = "undirected";
  const open: Open[] = [];
  const entries = { node: [] as (string | undefined)[], edge: [] as (string | undefined)[] };
  const name = () => `GEXF ${version} file${tool() ? ` (${tool()})` : ""}`.replace("  ", " ");

  const closeNode = (el: Open, depth: number) => {
    const id = el.attrs.id;
    if (embedded !== undefined) entries.node.push(el.entry);
    if (id === undefined) return b.count("warning", "nodes without an id were dropped");
    if (el.attrs.pid !== undefined || depth > 0)
      b.count(
        "warning",
        "hierarchy: nodes inside other nodes were flattened (their parent link dropped)",
      );
    preview.node.add(el.values);
    const values = latestFields(el.values, "node", mappings?.[0], b);
    // An attribute the reader mapped to the label wins over the file's label attribute.
    const own: [string, unknown] = ["label", el.attrs.label];
    const chosen = Object.values(mappings?.[0] ?? {}).includes("label");
    const fields: Fields = [...(chosen ? [...values, own] : [own, ...values]), ...timeOf(el, b)];
    const raw = nodeFields(id, fields, b);
    b.node({ ...raw, color: el.color ?? raw.color, position: el.position ?? raw.position });
  };

  const closeEdge = (el: Open) => {
    const { id, source, target, type, label, kind } = el.attrs;
    if (embedded !== undefined) entries.edge.push(el.entry);
    if (source === undefined || target === undefined)
      return b.count("warning", "edges without a source or target were dropped");
    if ((type ?? defaultType) !== "directed")
      b.count("info", "undirected edges are drawn from source to target");
    preview.edge.add(el.values);
    const own: Fields = [["label", label], ["kind", kind], ...timeOf(el, b)];
    splitEdge(
      {
        ...(id === undefined ? {} : { id }),
        source,
        target,
        ...(el.color ? { color: el.color } : {}),
      },
      el.values,
      own,
      mappings?.[1],
      b,
    );
  };

  const onOpen = (tag: Tag, path: readonly string[]) => {
    const parent = parentOf(path);
    const el = open[open.length - 1];
    const { attrs } = tag;
    if (path.length === 1) version = attrs.version ?? versionOf(attrs.xmlns);
    else if (tag.name === "graph" && tag.prefix === "entente" && parent === "meta") embedded = "";
    else if (tag.name === "graph" && path.length === 2 && ++graphs === 1) {
      defaultType = attrs.defaultedgetype ?? defaultType;
      if (attrs.mode === "dynamic")
        b.report.read.push(`dynamic graph, time format "${attrs.timeformat ?? "double"}"`);
    } else if (graphs !== 1) return;
    else if (tag.name === "attributes") attributeClass = attrs.class === "edge" ? "edge" : "node";
    else if (tag.name === "options" && parent === "attribute" && attributeClass === "node")
      options = "";
    else if (tag.name === "attribute" && attrs.id !== undefined) {
      attributeId = attrs.id;
      declared[attributeClass].set(attrs.id, attrs.title ?? attrs.id);
      if (attrs.id !== ELEMENT_FIELD) preview[attributeClass].declare(attrs.title ?? attrs.id);
    } else if (
      (tag.name === "node" && parent === "nodes") ||
      (tag.name === "edge" && parent === "edges")
    )
      open.push({ attrs, values: new Map(), spells: [] });
    else if (!el) return;
    else if (tag.name === "attvalue") {
      const key = attrs.for ?? attrs.id ?? "";
      if (key === ELEMENT_FIELD) el.entry = attrs.value;
      const cls = path.includes("edge") ? "edge" : "node";
      const title = declared[cls].get(key) ?? key;
      const [start, end] = [startOf(attrs), endOf(attrs)];
      if (attrs.value !== undefined && key !== ELEMENT_FIELD)
        addValue(el.values, title, {
          value: attrs.value,
          ...(start ? { start } : {}),
          ...(end ? { end } : {}),
        });
    } else if (tag.name === "spell") el.spells.push({ start: startOf(attrs), end: endOf(attrs) });
    else if (tag.name === "color" && (parent === "node" || parent === "edge"))
      el.color = colorOf(tag);
    else if (tag.name === "position" && parent === "node") el.position = positionOf(tag);
  };

  const onClose = (tagName: string, path: readonly string[]) => {
    const parent = parentOf(path);
    if (tagName === "node" && parent === "nodes" && graphs === 1) {
      const el = open.pop();
      if (el) closeNode(el, open.length);
    } else if (tagName === "edge" && parent === "edges" && graphs === 1) {
      const el = open.pop();
      if (el) closeEdge(el);
    } else if (tagName === "meta") b.report.format = name();
    else if (tagName === "options" && attributeId === ELEMENT_FIELD && options !== undefined)
      embedded = options;
    if (tagName === "options") options = undefined;
  };

  const onText = (t: string, path: readonly string[]) => {
    const here = path[path.length - 1];
    if (here === "options" && options !== undefined) options += t;
    if (parentOf(path) !== "meta") return;
    if (here === "creator") creator += t;
    else if (here === "description") description += t;
    else if (here === "graph" && embedded !== undefined) embedded += t;
  };

  const streamed = streamXml(text, { open: onOpen, close: onClose, text: onText });
  b.report.format = name();
  if (!streamed.ok) return b.failed(`it is not well-formed XML at ${streamed.message}`);
  if (graphs === 0) return b.failed("the file has no <graph> element");
  if (embedded !== undefined) {
    const own = ownDocument(name(), embedded, entries.node, entries.edge);
    if (own) return own;
  }
  if (graphs > 1) b.note("warning", `only the first of ${graphs} graphs was read`);
  for (const cls of ["node", "edge"] as const) {
    const n = declared[cls].size;
    if (n > 0) b.report.read.push(plural(n, `${cls} attribute`));
  }
  const tables = attributeTables(preview.node, preview.edge);
  if (tables) b.report.attributes = tables;
  const title = description.trim();
  return b.finish(title.length > 0 && title.length <= 120 ? title : "", file);
}

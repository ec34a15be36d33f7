import type { ImportBuilder, RawEdge, RawNode } from "./builder";
import { roleOf, type Role } from "./roles";

/** Attribute name → value pairs, as a tool stores them on a node or edge. */
export type Fields = readonly (readonly [string, unknown])[];

const asText = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
};

/** Start and end from a start, end or single date field; a date is both. */
function dated(
  item: RawNode | RawEdge,
  role: Role | undefined,
  value: unknown,
): string | undefined {
  if (role === "start" || (role === "date" && item.start === undefined)) {
    item.start = value;
    if (role === "start") return "start";
    item.end = value;
    return "start and end";
  }
  if (role === "end") {
    item.end = value;
    return "end";
  }
  return undefined;
}

function nodeField(node: RawNode, name: string, value: unknown, text: string): string | undefined {
  const role = roleOf(name);
  if (role === "label" && node.label === undefined) node.label = text;
  else if (role === "type" && node.type === undefined) node.type = text;
  else if (role === "summary" && node.summary === undefined) node.summary = text;
  else if (role === "color" && node.color === undefined) node.color = text;
  else if (role === "id") return undefined;
  else {
    const span = dated(node, role, value);
    if (span !== undefined) return span;
    node.extra?.push([name, text]);
    return "summary";
  }
  return role === "type" ? "kind" : role === "color" ? "colour" : role;
}

/**
 * A node's attributes sorted into what Entente shows (label, kind, summary, dates, colour) and
 * the rest, kept in the summary as "name: value". Each mapping is written into the report once.
 */
export function nodeFields(id: string, fields: Fields, into: ImportBuilder): RawNode {
  const node: RawNode = { id, extra: [] };
  const xy: Partial<Record<"x" | "y", number>> = {};
  for (const [name, value] of fields) {
    const text = asText(value);
    if (text === undefined || text === "") continue;
    const role = roleOf(name);
    if ((role === "x" || role === "y") && typeof value === "number") {
      xy[role] = value;
      continue;
    }
    const to = nodeField(node, name, value, text);
    if (to !== undefined) into.map(`node ${name}`, to);
  }
  if (xy.x !== undefined && xy.y !== undefined) {
    node.position = { x: xy.x, y: xy.y };
    into.map("node x, y", "position");
  }
  return node;
}

// Gephi's edge table has a Type column saying only whether the edge is directed.
const DIRECTEDNESS = /^(directed|undirected|mutual)$/i;

function edgeField(edge: RawEdge, name: string, value: unknown, text: string): string | undefined {
  const role = roleOf(name);
  if (role === "type" && DIRECTEDNESS.test(text)) return undefined;
  if ((role === "relation" || role === "label" || role === "type") && edge.relation === undefined) {
    edge.relation = text;
    return "relation";
  }
  if (role === "stance" && edge.stance === undefined) {
    edge.stance = text;
    return "stance";
  }
  if (role === "color" && edge.color === undefined) {
    edge.color = text;
    return "colour";
  }
  if (role === "quote" && edge.evidence === undefined) {
    edge.evidence = [{ quote: text }];
    return "evidence quote";
  }
  return dated(edge, role, value);
}

/**
 * An edge's attributes: relation, stance, dates, colour and a quote; the rest is reported as
 * dropped. `ends` may carry a colour the file gives outside the attributes (GEXF's viz:color).
 */
export function edgeFields(
  ends: { id?: string; source: string; target: string; color?: string },
  fields: Fields,
  into: ImportBuilder,
): RawEdge {
  const edge: RawEdge = { ...ends };
  // A field that names the relation beats a label or type that could stand for it, whichever
  // comes first: Cytoscape desktop writes each edge's name as "A (interaction) B" before its
  // interaction.
  const explicit = (name: string) => (roleOf(name) === "relation" ? 0 : 1);
  const ordered = [...fields].sort(([a], [b]) => explicit(a) - explicit(b));
  for (const [name, value] of ordered) {
    const text = asText(value);
    if (text === undefined || text === "") continue;
    const to = edgeField(edge, name, value, text);
    if (to !== undefined) into.map(`edge ${name}`, to);
    else if (!["id", "source", "target"].includes(roleOf(name) ?? "")) {
      into.count("info", `edge attribute "${name}" dropped: relationships have no place for it`);
    }
  }
  return edge;
}

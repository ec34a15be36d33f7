import type { ImportBuilder } from "./builder";
import { fieldName, type Mapping } from "./columns";
import { edgeFields, type Fields } from "./fields";
import { roleOf } from "./roles";
import type { Table } from "./columns";

/** One value an attribute takes, for a time when the file says so (GEXF's dynamic attributes). */
export interface Timed {
  value: unknown;
  start?: string;
  end?: string;
}

/** An element's attribute values by name, in the order the file gives them. */
export type Values = Map<string, Timed[]>;

export const addValue = (values: Values, name: string, timed: Timed): void => {
  const seen = values.get(name);
  if (seen) seen.push(timed);
  else values.set(name, [timed]);
};

const distinct = (timed: readonly Timed[]) => new Set(timed.map((t) => String(t.value))).size;

/** The value in force last: the one that starts latest (undated values count as earliest). */
const latest = (timed: readonly Timed[]): Timed =>
  timed.reduce((a, b) => ((b.start ?? b.end ?? "") >= (a.start ?? a.end ?? "") ? b : a));

/**
 * Name → value pairs for fields.ts, each name renamed by the mapping step's choice (left out
 * when the reader chose "Leave out"); an attribute whose value changes over time keeps its latest
 * value, reported by name.
 */
export function latestFields(
  values: Values,
  cls: "node" | "edge",
  mapping: Mapping | undefined,
  b: ImportBuilder,
): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [title, timed] of values) {
    const name = fieldName(title, mapping);
    if (name === undefined) continue;
    if (distinct(timed) > 1) {
      b.count(
        "warning",
        `${cls} attribute "${title}" changes over time: only its latest value was kept, on ${cls}s`,
      );
    } else if (timed.some((t) => t.start !== undefined || t.end !== undefined)) {
      b.count(
        "info",
        `${cls} attribute "${title}" is given for a time: its value was kept, its time dropped, on ${cls}s`,
      );
    }
    out.push([name, latest(timed).value]);
  }
  return out;
}

const SPLIT_ROLES = new Set(["stance", "relation", "label"]);

/**
 * An edge whose stance or relation changes over time becomes one relationship per value, each
 * dated by its value's time, as the timeline shows a relationship that turns best; anything else
 * that changes keeps its latest value. The first keeps the edge's id.
 */
export function splitEdge(
  ends: { id?: string; source: string; target: string; color?: string },
  values: Values,
  own: Fields,
  mapping: Mapping | undefined,
  b: ImportBuilder,
): void {
  const changing = [...values].find(([title, timed]) => {
    const name = fieldName(title, mapping);
    return name !== undefined && SPLIT_ROLES.has(roleOf(name) ?? "") && distinct(timed) > 1;
  });
  if (!changing) {
    b.edge(edgeFields(ends, [...own, ...latestFields(values, "edge", mapping, b)], b));
    return;
  }
  const [title, timed] = changing;
  const rest = new Map(values);
  rest.delete(title);
  const others = latestFields(rest, "edge", mapping, b);
  const name = fieldName(title, mapping) ?? title;
  const sorted = [...timed].sort((x, y) => ((x.start ?? "") < (y.start ?? "") ? -1 : 1));
  sorted.forEach((piece, i) => {
    const id = ends.id === undefined ? {} : { id: i === 0 ? ends.id : `${ends.id}#${i + 1}` };
    const when: [string, unknown][] = [];
    if (piece.start !== undefined) when.push(["start", piece.start]);
    if (piece.end !== undefined) when.push(["end", piece.end]);
    const fields = [...own, ...others, [name, piece.value] as const, ...when];
    b.edge(edgeFields({ ...ends, ...id }, fields, b));
  });
  b.count(
    "info",
    `edge attribute "${title}" changes over time: such edges became one relationship per value, each dated by it (edges split)`,
  );
}

/** The first rows of an element list, for the mapping step's preview. */
export const PREVIEW_ROWS = 5;

/**
 * Attribute tables for the mapping step, offered when some attribute's name says nothing Entente
 * knows: nodes first, then edges, each with the first elements' values.
 */
export function attributeTables(nodes: Preview, edges: Preview): Table[] | undefined {
  const all = [...nodes.headers, ...edges.headers];
  if (all.every((h) => roleOf(h) !== undefined)) return undefined;
  const table = (name: string, t: Preview): Table => ({
    name,
    headers: [...t.headers],
    rows: t.rows,
    errors: [],
  });
  return [table("nodes", nodes), table("edges", edges)];
}

/** Collects the first rows of one element list while a reader streams through it. */
export class Preview {
  readonly headers = new Set<string>();
  readonly rows: Record<string, string>[] = [];

  declare(name: string): void {
    this.headers.add(name);
  }

  add(values: Values): void {
    if (this.rows.length >= PREVIEW_ROWS) return;
    const row: Record<string, string> = {};
    for (const [name, timed] of values) {
      this.headers.add(name);
      row[name] = String(latest(timed).value);
    }
    this.rows.push(row);
  }
}

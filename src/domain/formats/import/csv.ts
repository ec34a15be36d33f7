import Papa from "papaparse";
import { ImportBuilder } from "./builder";
import { edgeFields, nodeFields } from "./fields";
import { plural, type ImportOutcome } from "./report";
import {
  fieldName,
  guessMapping,
  type ColumnRole,
  type Mapping,
  type Sheet,
  type Table,
} from "./columns";
import { roleOf } from "./roles";

export { guessMapping } from "./columns";
export type { ColumnRole, Mapping, Sheet, Table } from "./columns";

export function readTable({ name, text }: Sheet): Table {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const errors = parsed.errors
    .slice(0, 5)
    .map((e) => `${e.message}${e.row === undefined ? "" : ` (row ${e.row + 2})`}`);
  return { name, headers: parsed.meta.fields ?? [], rows: parsed.data.map(withoutExtra), errors };
}

// Papaparse keeps a row's cells beyond the header under this key, as an array; the row's error
// already says so, and no column of the sheet is named by it.
function withoutExtra(row: Record<string, string>): Record<string, string> {
  if (!Object.hasOwn(row, "__parsed_extra")) return row;
  const rest = { ...row };
  delete rest.__parsed_extra;
  return rest;
}

type Shape = "connections" | "elements" | "unknown";
export function shapeOf(headers: readonly string[]): Shape {
  const roles = new Set(headers.map((h) => roleOf(h)));
  if (roles.has("source") && roles.has("target")) return "connections";
  if (roles.has("label") || roles.has("id")) return "elements";
  return "unknown";
}

const hasRole = (mapping: Mapping, role: ColumnRole) => Object.values(mapping).includes(role);

/** Whether the reader must map columns first: some sheet has no ends and no names Entente knows. */
export const needsMapping = (tables: readonly Table[]): boolean =>
  tables.some((t) => shapeOf(t.headers) === "unknown");

/**
 * A row's fields under names fields.ts understands (see fieldName). Columns left as "ignore" pass
 * on under their own name when Entente chose the mapping (a node keeps them in its summary), and
 * are left out when the reader did.
 */
function renamed(
  row: Record<string, string>,
  mapping: Mapping,
  chosen: boolean,
): [string, string][] {
  return Object.entries(row).flatMap(([column, value]): [string, string][] => {
    const role = mapping[column] ?? "ignore";
    if (role === "source" || role === "target") return [];
    if (role === "ignore") return chosen ? [] : [[column, value]];
    return [[fieldName(column, mapping) ?? column, value]];
  });
}

/**
 * The elements one end names. Kumu's sheets (ends under "From" and "To") list several as
 * "A|B", one connection each; a cell that is itself an element's name stays whole.
 */
function endsIn(cell: string, column: string, b: ImportBuilder): string[] {
  if (!/^(from|to)$/i.test(column.trim()) || !cell.includes("|") || b.hasNode(cell)) return [cell];
  const ends = cell
    .split("|")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  if (ends.length > 1)
    b.count("info", "connections to several elements (A|B) became one relationship each");
  return ends.length > 0 ? ends : [cell];
}

function readConnections(t: Table, mapping: Mapping, chosen: boolean, b: ImportBuilder) {
  const [source = ""] = Object.keys(mapping).filter((c) => mapping[c] === "source");
  const [target = ""] = Object.keys(mapping).filter((c) => mapping[c] === "target");
  for (const row of t.rows) {
    const [s, tg] = [row[source]?.trim(), row[target]?.trim()];
    if (!s || !tg) {
      b.count("warning", `${t.name}: rows without both ends were dropped`);
      continue;
    }
    const fields = renamed(row, mapping, chosen);
    for (const from of endsIn(s, source, b))
      for (const to of endsIn(tg, target, b))
        b.edge(edgeFields({ source: from, target: to }, fields, b));
  }
}

function readElements(t: Table, mapping: Mapping, chosen: boolean, b: ImportBuilder) {
  const idColumn = t.headers.find((h) => roleOf(h) === "id");
  const labelColumn = Object.keys(mapping).find((c) => mapping[c] === "label");
  for (const row of t.rows) {
    const id =
      (idColumn ? row[idColumn] : undefined)?.trim() ||
      (labelColumn ? row[labelColumn] : undefined)?.trim();
    if (!id) {
      b.count("warning", `${t.name}: rows without a name were dropped`);
      continue;
    }
    b.node(nodeFields(id, renamed(row, mapping, chosen), b));
  }
}

/**
 * One sheet or several (Kumu's elements and connections): elements first, so connections find
 * their nodes by label. `mappings` comes from the mapping step; without it, known names are used.
 */
export function importTables(
  tables: readonly Table[],
  mappings: readonly Mapping[] = [],
  file?: string,
): ImportOutcome {
  const tsv = tables.every((t) => /\.tsv$/i.test(t.name));
  const b = new ImportBuilder(
    tables.length > 1
      ? "pair of spreadsheets (Kumu-style elements and connections)"
      : tsv
        ? "TSV spreadsheet"
        : "CSV spreadsheet",
  );
  const chosen = tables.map((t, i) => ({ t, mapping: mappings[i] ?? guessMapping(t.headers) }));
  const edgeSheets = chosen.filter(
    ({ mapping }) => hasRole(mapping, "source") && hasRole(mapping, "target"),
  );
  const nodeSheets = chosen.filter((c) => !edgeSheets.includes(c));
  for (const { t, mapping } of [...nodeSheets, ...edgeSheets]) {
    b.report.read.push(
      `${t.name}: ${plural(t.rows.length, "row")}, columns ${t.headers.join(", ")}`,
    );
    for (const e of t.errors) b.note("warning", `${t.name}: ${e}`);
    const chosen = mappings.length > 0;
    if (chosen) {
      const left = Object.keys(mapping).filter((c) => mapping[c] === "ignore");
      if (left.length > 0) b.note("info", `${t.name}: left out as chosen: ${left.join(", ")}`);
    }
    if (edgeSheets.some((c) => c.t === t)) readConnections(t, mapping, chosen, b);
    else if (hasRole(mapping, "label")) readElements(t, mapping, chosen, b);
    else b.note("fatal", `${t.name}: no column gives a name (label) or both ends (source, target)`);
  }
  if (b.report.notes.some((n) => n.severity === "fatal")) return { ok: false, report: b.report };
  return b.finish("", file ?? tables.map((t) => t.name).join(" + "));
}

// The mapping step's vocabulary, apart from the CSV reader so the step's UI loads no parser.
import { roleOf, type Role } from "./roles";

export interface Sheet {
  name: string;
  text: string;
}

/** A spreadsheet as read, or a file's attributes with their first values, for the mapping step. */
export interface Table {
  name: string;
  headers: string[];
  rows: Record<string, string>[];
  /** Papaparse's complaints, e.g. a row with too many fields, with its row number. */
  errors: string[];
}

/** What a column can be mapped to in the mapping step; "ignore" leaves it out. */
export const COLUMN_ROLES = [
  "source",
  "target",
  "label",
  "kind",
  "stance",
  "relation",
  "start",
  "end",
  "quote",
  "ignore",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export type Mapping = Record<string, ColumnRole>;

const ROLE_FOR: Partial<Record<Role, ColumnRole>> = {
  source: "source",
  target: "target",
  label: "label",
  id: "label",
  type: "kind",
  stance: "stance",
  relation: "relation",
  start: "start",
  end: "end",
  quote: "quote",
};

/** The mapping Entente would use on its own: known column names only. */
export function guessMapping(headers: readonly string[]): Mapping {
  const out: Mapping = {};
  const roles = headers.map(roleOf);
  // In a list of relationships an Id column names the row, not an entity; beside a Label column
  // (Gephi's node table) it is the element's key, which the reader takes from its name anyway.
  const idNotName =
    (roles.includes("source") && roles.includes("target")) || roles.includes("label");
  headers.forEach((h, i) => {
    const role = roles[i];
    out[h] = (role === "id" && idNotName ? undefined : role && ROLE_FOR[role]) ?? "ignore";
  });
  return out;
}

// Mapped roles → the names fields.ts understands.
const FIELD_NAME: Record<Exclude<ColumnRole, "ignore">, string> = {
  source: "source",
  target: "target",
  label: "label",
  kind: "kind",
  stance: "stance",
  relation: "relation",
  start: "start",
  end: "end",
  quote: "quote",
};

/**
 * The name fields.ts should read a column or attribute under: its own when no mapping was chosen
 * or its name already says the chosen role, else the role's; undefined when left out.
 */
export function fieldName(name: string, mapping: Mapping | undefined): string | undefined {
  const role = mapping?.[name];
  if (role === undefined) return name;
  if (role === "ignore") return undefined;
  const own = roleOf(name);
  return own === role || (own === "type" && role === "kind") ? name : FIELD_NAME[role];
}

import { useState } from "react";
import { COLUMN_ROLES, guessMapping } from "../../domain/formats/import/columns";
import type { ColumnRole, Mapping, Table } from "../../domain/formats/import";
import type { PendingMapping } from "../problems/types";

const ROLE_LABELS: Record<ColumnRole, string> = {
  source: "Source (from)",
  target: "Target (to)",
  label: "Label (name)",
  kind: "Kind",
  stance: "Stance",
  relation: "Relation",
  start: "Start date",
  end: "End date",
  quote: "Quote",
  ignore: "Leave out",
};

// An attribute left unmapped is read as before the step: by its own name.
const AS_IN_FILE = "";
// Attributes hang on nodes and edges already: none names an end.
const ATTRIBUTE_ROLES = COLUMN_ROLES.filter((r) => r !== "source" && r !== "target");

function SheetMapping({
  table,
  mapping,
  attributes,
  onChange,
}: {
  table: Table;
  mapping: Mapping;
  attributes: boolean;
  onChange: (column: string, role: ColumnRole | typeof AS_IN_FILE) => void;
}) {
  const roles = attributes ? ATTRIBUTE_ROLES : COLUMN_ROLES;
  const what = attributes ? `Attributes of the ${table.name}` : `Columns of ${table.name}`;
  return (
    <div className="mapping-table-wrap">
      <table className="mapping-table">
        <caption className="visually-hidden">{what} and their first rows</caption>
        <thead>
          <tr>
            {table.headers.map((column) => (
              <th key={column} scope="col">
                <span>{column}</span>
                <select
                  aria-label={`${attributes ? "Attribute" : "Column"} "${column}"`}
                  value={mapping[column] ?? (attributes ? AS_IN_FILE : "ignore")}
                  onChange={(e) => onChange(column, e.currentTarget.value as ColumnRole)}
                >
                  {attributes && <option value={AS_IN_FILE}>As in the file</option>}
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {table.headers.map((column) => (
                <td key={column} title={row[column]}>
                  {row[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What Entente reads each attribute as without the step: known names only. */
const knownOnly = (headers: readonly string[]): Mapping =>
  Object.fromEntries(Object.entries(guessMapping(headers)).filter(([, r]) => r !== "ignore"));

/**
 * Spreadsheets whose columns Entente does not recognise, or a GEXF or GraphML file's attributes:
 * the reader says which is what, with the first rows to judge by, then imports. Known names are
 * filled in already.
 */
export function MappingStep({
  pending,
  onImport,
  onCancel,
}: {
  pending: PendingMapping;
  onImport: (mappings: Mapping[]) => void;
  onCancel: () => void;
}) {
  const attributes = pending.attributes ?? false;
  const [mappings, setMappings] = useState(() =>
    pending.tables.map((t) => (attributes ? knownOnly(t.headers) : guessMapping(t.headers))),
  );
  const set = (sheet: number, column: string, role: ColumnRole | typeof AS_IN_FILE) =>
    setMappings((all) =>
      all.map((m, i) => {
        if (i !== sheet) return m;
        const rest = Object.fromEntries(Object.entries(m).filter(([c]) => c !== column));
        return role === AS_IN_FILE ? rest : { ...rest, [column]: role };
      }),
    );
  const usable =
    attributes ||
    mappings.every((m) => {
      const roles = Object.values(m);
      return roles.includes("label") || (roles.includes("source") && roles.includes("target"));
    });
  const tables = pending.tables.filter((t) => !attributes || t.headers.length > 0);
  return (
    <section
      className="load-report mapping-step"
      aria-label={attributes ? "Map attributes" : "Map columns"}
    >
      <h2 className="load-report-title">
        {attributes
          ? `What do the attributes of ${pending.name} mean?`
          : `What is in the columns of ${pending.name}?`}
      </h2>
      {attributes ? (
        <p>
          Say which attribute gives a relationship&apos;s <strong>Stance</strong>,{" "}
          <strong>Relation</strong> or dates, or an entity&apos;s <strong>Kind</strong>. An
          attribute left <strong>As in the file</strong> is read by its name.
        </p>
      ) : (
        <p>
          Choose a <strong>Source</strong> and a <strong>Target</strong> column for a list of
          relationships, or a <strong>Label</strong> column for a list of entities.
        </p>
      )}
      {tables.map((table) => {
        const i = pending.tables.indexOf(table);
        return (
          <div key={table.name}>
            {(attributes || pending.tables.length > 1) && (
              <h3 className="import-report-heading">
                {attributes ? `Attributes of the ${table.name}` : table.name}
              </h3>
            )}
            <SheetMapping
              table={table}
              mapping={mappings[i] ?? {}}
              attributes={attributes}
              onChange={(c, r) => set(i, c, r)}
            />
          </div>
        );
      })}
      <div className="mapping-actions">
        <button type="button" className="load-report-dismiss" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="tool-button tool-button--primary"
          disabled={!usable}
          onClick={() => onImport(mappings)}
        >
          Import
        </button>
      </div>
    </section>
  );
}

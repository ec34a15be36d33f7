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

function SheetMapping({
  table,
  mapping,
  onChange,
}: {
  table: Table;
  mapping: Mapping;
  onChange: (column: string, role: ColumnRole) => void;
}) {
  return (
    <div className="mapping-table-wrap">
      <table className="mapping-table">
        <caption className="visually-hidden">Columns of {table.name} and their first rows</caption>
        <thead>
          <tr>
            {table.headers.map((column) => (
              <th key={column} scope="col">
                <span>{column}</span>
                <select
                  aria-label={`Column "${column}"`}
                  value={mapping[column] ?? "ignore"}
                  onChange={(e) => onChange(column, e.currentTarget.value as ColumnRole)}
                >
                  {COLUMN_ROLES.map((role) => (
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

/**
 * Spreadsheets whose columns Entente does not recognise: the reader says which column is what,
 * with the first rows to judge by, then imports. Known names are filled in already.
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
  const [mappings, setMappings] = useState(() =>
    pending.tables.map((t) => guessMapping(t.headers)),
  );
  const set = (sheet: number, column: string, role: ColumnRole) =>
    setMappings((all) => all.map((m, i) => (i === sheet ? { ...m, [column]: role } : m)));
  const usable = mappings.every((m) => {
    const roles = Object.values(m);
    return roles.includes("label") || (roles.includes("source") && roles.includes("target"));
  });
  return (
    <section className="load-report mapping-step" aria-label="Map columns">
      <h2 className="load-report-title">What is in the columns of {pending.name}?</h2>
      <p>
        Choose a <strong>Source</strong> and a <strong>Target</strong> column for a list of
        relationships, or a <strong>Label</strong> column for a list of entities.
      </p>
      {pending.tables.map((table, i) => (
        <div key={table.name}>
          {pending.tables.length > 1 && <h3 className="import-report-heading">{table.name}</h3>}
          <SheetMapping
            table={table}
            mapping={mappings[i] ?? {}}
            onChange={(c, r) => set(i, c, r)}
          />
        </div>
      ))}
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

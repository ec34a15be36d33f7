import type { ImportReport, ReportSeverity } from "../../domain/formats/import";
import { useEntente } from "../../state";

const SEVERITY: Record<ReportSeverity, string> = {
  fatal: "Stopped the import",
  warning: "Warning",
  info: "Note",
};

/** What was read, mapped and dropped: Gephi's import report, folded under one line. */
export function ImportReportDetails({ report }: { report: ImportReport }) {
  return (
    <div className="import-report">
      <h3 className="import-report-heading">Read</h3>
      <p>{report.read.join(" · ")}</p>
      {report.mapped.length > 0 && (
        <>
          <h3 className="import-report-heading">Mapped</h3>
          <table className="import-report-mapped">
            <thead>
              <tr>
                <th scope="col">In the file</th>
                <th scope="col">In Entente</th>
              </tr>
            </thead>
            <tbody>
              {report.mapped.map(({ from, to }) => (
                <tr key={`${from}→${to}`}>
                  <td>{from}</td>
                  <td>{to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {report.notes.length > 0 && (
        <>
          <h3 className="import-report-heading">Changed or dropped</h3>
          <ul className="import-report-notes">
            {report.notes.map((note, i) => (
              <li key={i} className={`import-note import-note--${note.severity}`}>
                <span className="import-note-severity">{SEVERITY[note.severity]}</span>{" "}
                {note.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** After an import: what the file was, and every element waiting for a source. */
export function ImportReportView({
  name,
  report,
  onDismiss,
  onMapAttributes,
}: {
  name: string;
  report: ImportReport;
  onDismiss: () => void;
  /** Shown when some attribute's name said nothing Entente knows. */
  onMapAttributes?: () => void;
}) {
  const elements = useEntente((s) => s.graph.nodes.length + s.graph.edges.length);
  const warnings = report.notes.filter((n) => n.severity === "warning").length;
  return (
    <section className="load-report load-report--imported" aria-label="Import report">
      <div className="load-report-head">
        <h2 className="load-report-title">
          This is a {report.format}: opened {name}
        </h2>
        <button type="button" className="load-report-dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p>
        Another tool&apos;s file has no quotes: all {elements.toLocaleString("en-US")} entities and
        relationships are marked <strong>no source yet</strong>.
        {warnings > 0 && ` ${warnings} ${warnings === 1 ? "warning" : "warnings"} below.`}
      </p>
      {onMapAttributes && (
        <p className="import-remap">
          Some attributes in this file have names Entente does not know, so they were kept only as
          notes, or dropped.{" "}
          <button type="button" className="tool-button" onClick={onMapAttributes}>
            Choose what the attributes mean
          </button>
        </p>
      )}
      <details open={warnings > 0}>
        <summary>Import report</summary>
        <ImportReportDetails report={report} />
      </details>
    </section>
  );
}

import type { ImportReport, ReportLine, ReportSeverity } from "../../domain/formats/import";
import { digestReport, noteReport } from "../../domain/load/report";
import type { ProblemDigest } from "../../domain/load/report";
import type { Problem } from "../../domain/model/types";
import { useEntente } from "../../state";
import { GroupedLines, useGroups } from "../problems/GroupedLines";
import { ProblemSummary } from "../problems/ProblemSummary";

const SEVERITY: Record<ReportSeverity, string> = {
  fatal: "Stopped the import",
  warning: "Warning",
  info: "Note",
};

function NoteList({ notes }: { notes: readonly ReportLine[] }) {
  return (
    <ul className="import-report-notes">
      {notes.map((note, i) => (
        <li key={i} className={`import-note import-note--${note.severity}`}>
          <span className="import-note-severity">{SEVERITY[note.severity]}</span> {note.message}
        </li>
      ))}
    </ul>
  );
}

/** Every note when there are few; past SHOWN_PROBLEMS, by kind with totals, like the problems. */
function Notes({ title, report }: { title: string; report: ImportReport }) {
  const { notes, notesDigest: digest } = report;
  const groups = useGroups(notes, digest);
  if (groups === null) return <NoteList notes={notes} />;
  return (
    <GroupedLines
      title={title}
      total={digest?.total ?? notes.length}
      groups={groups}
      text={() => (digest ? digestReport(title, digest, "notes") : noteReport(title, notes))}
      renderShown={(shown) => <NoteList notes={shown} />}
    />
  );
}

/** Warnings among the notes, all of them counted when only the first came with a digest. */
function countWarnings({ notes, notesDigest }: ImportReport): number {
  if (!notesDigest) return notes.filter((n) => n.severity === "warning").length;
  return notesDigest.kinds.reduce(
    (n, [kind, total]) => (kind.startsWith("warning:") ? n + total : n),
    0,
  );
}

/** What was read, mapped and dropped: Gephi's import report, folded under one line. */
export function ImportReportDetails({
  report,
  title = `Import report of the ${report.format}`,
}: {
  report: ImportReport;
  /** Names the downloaded notes when there are too many to show. */
  title?: string;
}) {
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
          <Notes title={title} report={report} />
        </>
      )}
    </div>
  );
}

/**
 * After an import: what the file was, every element waiting for a source, and what the loader's
 * own checks found in the graph the importer made (`problems`, with their `digest` when many).
 */
export function ImportReportView({
  name,
  report,
  problems = [],
  digest,
  onDismiss,
  onMapAttributes,
}: {
  name: string;
  report: ImportReport;
  problems?: readonly Problem[];
  digest?: ProblemDigest | undefined;
  onDismiss: () => void;
  /** Shown when some attribute's name said nothing Entente knows. */
  onMapAttributes?: () => void;
}) {
  const elements = useEntente((s) => s.graph.nodes.length + s.graph.edges.length);
  const warnings = countWarnings(report) + (digest?.total ?? problems.length);
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
        {warnings > 0 &&
          ` ${warnings.toLocaleString("en-US")} ${warnings === 1 ? "warning" : "warnings"} below.`}
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
        <ImportReportDetails report={report} title={`Import report of ${name}`} />
        {problems.length > 0 && (
          <>
            <h3 className="import-report-heading">Checks on the graph</h3>
            <ProblemSummary title={`Opened ${name}`} problems={problems} digest={digest} />
          </>
        )}
      </details>
    </section>
  );
}

import { ImportReportDetails, ImportReportView } from "../import/ImportReportView";
import { ProblemAlert } from "./ProblemAlert";
import { WarningsReport } from "./WarningsReport";
import type { Table } from "../../domain/formats/import";
import type { LoadReport } from "./types";
import "./problems.css";
import "../import/import.css";

/**
 * The last load's report: an alert when it failed, the import report after another tool's file,
 * a quiet note when it loaded with warnings.
 */
export function LoadReportView({
  report,
  onDismiss,
  onMapAttributes,
}: {
  report: LoadReport;
  onDismiss: () => void;
  /** Opens the mapping step for the imported file's attributes. */
  onMapAttributes?: (tables: Table[]) => void;
}) {
  if (report.kind === "failure") {
    // A failed import still says what it read before the problem, and what it noted on the way.
    return (
      <ProblemAlert report={report} onDismiss={onDismiss}>
        {report.imported && (
          <details open>
            <summary>Import report</summary>
            <ImportReportDetails
              report={report.imported}
              title={`Import report of ${report.name}`}
            />
          </details>
        )}
      </ProblemAlert>
    );
  }
  if (report.kind === "imported" && report.imported) {
    const { attributes } = report.imported;
    const remap =
      attributes && report.remappable && onMapAttributes
        ? () => onMapAttributes(attributes)
        : undefined;
    return (
      <ImportReportView
        name={report.name}
        report={report.imported}
        problems={report.problems}
        digest={report.digest}
        onDismiss={onDismiss}
        {...(remap ? { onMapAttributes: remap } : {})}
      />
    );
  }
  return <WarningsReport report={report} onDismiss={onDismiss} />;
}

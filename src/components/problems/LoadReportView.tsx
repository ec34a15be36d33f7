import { ProblemAlert } from "./ProblemAlert";
import { WarningsReport } from "./WarningsReport";
import type { LoadReport } from "./types";
import "./problems.css";

/** The last load's report: an alert when it failed, a quiet note when it loaded with warnings. */
export function LoadReportView({
  report,
  onDismiss,
}: {
  report: LoadReport;
  onDismiss: () => void;
}) {
  return report.kind === "failure" ? (
    <ProblemAlert report={report} onDismiss={onDismiss} />
  ) : (
    <WarningsReport report={report} onDismiss={onDismiss} />
  );
}

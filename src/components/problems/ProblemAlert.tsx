import type { ReactNode } from "react";
import { ProblemSummary } from "./ProblemSummary";
import type { LoadReport } from "./types";

const count = (n: number) => (n === 1 ? "1 problem" : `${n.toLocaleString("en")} problems`);

/** Why a file did not open, every problem at once so they can all be fixed in one go. */
export function ProblemAlert({
  report,
  onDismiss,
  children,
}: {
  report: LoadReport;
  onDismiss: () => void;
  /** More to say under the problems, e.g. the import report of another tool's file. */
  children?: ReactNode;
}) {
  const what = report.name === "" ? "the file" : report.name;
  const total = report.digest?.total ?? report.problems.length;
  return (
    <div role="alert" className="load-report load-report--failure">
      <div className="load-report-head">
        <h2 className="load-report-title">Could not open {what}</h2>
        <button type="button" className="load-report-dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p>
        The graph on screen is unchanged. {total > 1 ? `${count(total)} to fix:` : "What to fix:"}
      </p>
      <ProblemSummary
        title={`Could not open ${what}`}
        problems={report.problems}
        digest={report.digest}
      />
      {children}
    </div>
  );
}

import { ProblemSummary } from "./ProblemSummary";
import type { LoadReport } from "./types";

const count = (n: number) => (n === 1 ? "1 warning" : `${n.toLocaleString("en")} warnings`);

/**
 * The graph loaded, with things worth checking (unverified quotes, unknown fields). Folded, as
 * the badges in Details already mark each unverified quote where it is read.
 */
export function WarningsReport({
  report,
  onDismiss,
}: {
  report: LoadReport;
  onDismiss: () => void;
}) {
  return (
    <section className="load-report load-report--warnings" aria-label="Load warnings">
      <details>
        <summary>
          Opened {report.name} with {count(report.digest?.total ?? report.problems.length)}
        </summary>
        <ProblemSummary
          title={`Opened ${report.name}`}
          problems={report.problems}
          digest={report.digest}
        />
      </details>
      <button type="button" className="load-report-dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}

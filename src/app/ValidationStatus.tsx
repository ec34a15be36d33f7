import { formatProblem } from "../domain/load/problems";
import { digestReport, problemReport, SHOWN_PROBLEMS } from "../domain/load/report";
import type { ProblemDigest } from "../domain/load/report";
import { downloadBlob } from "../components/toolbar/download";
import type { Graph, Problem } from "../domain/model/types";

const plural = (n: number, word: string) =>
  `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

const unverifiedQuotes = (graph: Graph): number =>
  [...graph.nodes, ...graph.edges].reduce(
    (sum, element) => sum + element.evidence.filter((e) => e.anchor === null).length,
    0,
  );

function downloadWarnings(problems: readonly Problem[], digest: ProblemDigest | null): void {
  const text = digest ? digestReport("Warnings", digest) : problemReport("Warnings", problems);
  downloadBlob(new Blob([text], { type: "text/plain;charset=utf-8" }), "warnings.txt");
}

/** Whether the graph passed its checks: a quiet tag when it did, the problems one click away when not. */
export function ValidationStatus({
  graph,
  problems,
  digest = null,
}: {
  graph: Graph;
  problems: readonly Problem[];
  /** When `problems` are only the first of many. */
  digest?: ProblemDigest | null;
}) {
  const total = digest?.total ?? problems.length;
  if (problems.length === 0 && graph.imported) {
    // Nothing to verify yet: another tool's file brings no quotes.
    return <p className="status-tag status-tag--warn">Imported: no quotes yet</p>;
  }
  if (problems.length === 0) {
    const unverified = unverifiedQuotes(graph);
    return (
      <p className={`status-tag ${unverified === 0 ? "status-tag--ok" : "status-tag--warn"}`}>
        {unverified === 0 ? "All quotes verified" : plural(unverified, "unverified quote")}
      </p>
    );
  }
  return (
    <details className="status-details">
      <summary className="status-tag status-tag--warn">{plural(total, "warning")}</summary>
      {/* The first ones only: 130,000 list items took the page seconds to render. */}
      <ul className="status-problems">
        {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
      {total > SHOWN_PROBLEMS && (
        <p className="status-more">
          and {(total - SHOWN_PROBLEMS).toLocaleString("en")} more.{" "}
          <button type="button" onClick={() => downloadWarnings(problems, digest)}>
            Download all warnings
          </button>
        </p>
      )}
    </details>
  );
}

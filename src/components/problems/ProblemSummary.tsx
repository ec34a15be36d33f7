import { useMemo } from "react";
import {
  digestGroups,
  digestReport,
  groupProblems,
  problemReport,
  SHOWN_PROBLEMS,
} from "../../domain/load/report";
import type { ProblemDigest } from "../../domain/load/report";
import type { Problem } from "../../domain/model/types";
import { downloadBlob, slugify } from "../toolbar/download";
import { ProblemList } from "./ProblemList";

const number = new Intl.NumberFormat("en");

/**
 * Every problem when there are few; past SHOWN_PROBLEMS, the first ones grouped by kind with
 * each kind's total, and the whole list as a text file to download. Rendering 120,000 list items
 * froze the page for half a minute. With a `digest` (from the parse worker), `problems` are only
 * the first ones and the digest counts and lists them all.
 */
export function ProblemSummary({
  title,
  problems,
  digest,
}: {
  title: string;
  problems: readonly Problem[];
  digest?: ProblemDigest | undefined;
}) {
  const groups = useMemo(() => {
    if (digest) return digestGroups(problems, digest);
    return problems.length > SHOWN_PROBLEMS ? groupProblems(problems) : null;
  }, [problems, digest]);
  if (groups === null) return <ProblemList problems={problems} />;
  const total = digest?.total ?? problems.length;
  const download = () => {
    const text = digest ? digestReport(title, digest) : problemReport(title, problems);
    downloadBlob(new Blob([text], { type: "text/plain;charset=utf-8" }), `${slugify(title)}.txt`);
  };
  return (
    <>
      <p className="problem-total">
        {number.format(total)} in all; the first {SHOWN_PROBLEMS} below, by kind.{" "}
        <button type="button" className="load-report-dismiss" onClick={download}>
          Download the full report
        </button>
      </p>
      {groups.map((group) => (
        <section key={group.kind} className="problem-group" aria-label={group.kind}>
          <h3 className="problem-kind">
            {group.kind} <span className="problem-count">× {number.format(group.total)}</span>
          </h3>
          {group.shown.length > 0 && <ProblemList problems={group.shown} />}
        </section>
      ))}
    </>
  );
}

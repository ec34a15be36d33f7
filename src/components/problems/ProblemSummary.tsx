import { digestReport, problemReport } from "../../domain/load/report";
import type { ProblemDigest } from "../../domain/load/report";
import type { Problem } from "../../domain/model/types";
import { GroupedLines, useGroups } from "./GroupedLines";
import { ProblemList } from "./ProblemList";

/**
 * Every problem when there are few; past SHOWN_PROBLEMS, the first ones grouped by kind with
 * each kind's total and the whole list to download. With a `digest` (from the parse worker),
 * `problems` are only the first ones and the digest counts and lists them all.
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
  const groups = useGroups(problems, digest);
  if (groups === null) return <ProblemList problems={problems} />;
  return (
    <GroupedLines
      title={title}
      total={digest?.total ?? problems.length}
      groups={groups}
      text={() => (digest ? digestReport(title, digest) : problemReport(title, problems))}
      renderShown={(shown) => <ProblemList problems={shown} />}
    />
  );
}

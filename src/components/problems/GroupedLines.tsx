import { useMemo } from "react";
import type { ReactNode } from "react";
import { digestGroups, groupLines, SHOWN_PROBLEMS } from "../../domain/load/report";
import type { Group, ProblemDigest } from "../../domain/load/report";
import { downloadBlob, slugify } from "../toolbar/download";

const number = new Intl.NumberFormat("en");

/**
 * A list's groups when it is too long to show whole (past SHOWN_PROBLEMS, or handed over as its
 * first lines and a digest by the parse worker); null when every line can be shown.
 */
export function useGroups<T extends { severity: string; message: string }>(
  lines: readonly T[],
  digest: ProblemDigest | undefined,
): Group<T>[] | null {
  return useMemo(() => {
    if (digest) return digestGroups(lines, digest);
    return lines.length > SHOWN_PROBLEMS ? groupLines(lines) : null;
  }, [lines, digest]);
}

/**
 * A list too long to render: its first SHOWN_PROBLEMS lines by kind, each kind with its total,
 * and the whole list as a text file to download. Rendering 120,000 list items froze the page for
 * half a minute.
 */
export function GroupedLines<T>({
  title,
  total,
  groups,
  text,
  renderShown,
}: {
  /** Names the downloaded file. */
  title: string;
  total: number;
  groups: readonly Group<T>[];
  /** The whole list as text, made only when the reader asks for it. */
  text: () => string;
  renderShown: (shown: readonly T[]) => ReactNode;
}) {
  const download = () =>
    downloadBlob(new Blob([text()], { type: "text/plain;charset=utf-8" }), `${slugify(title)}.txt`);
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
          {group.shown.length > 0 && renderShown(group.shown)}
        </section>
      ))}
    </>
  );
}

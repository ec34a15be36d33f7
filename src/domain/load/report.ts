import { formatProblem } from "./problems";
import type { Problem } from "../model/types";

/** How many problems a report shows on screen; the rest are in the downloadable text. */
export const SHOWN_PROBLEMS = 200;

export interface ProblemGroup {
  /** The message with its values blanked: `unknown node "…"`. */
  kind: string;
  /** Problems of this kind in the whole list. */
  total: number;
  /** Those among the first SHOWN_PROBLEMS. */
  shown: Problem[];
}

/** Values echoed in quotes and numbers vary from one problem to the next; the rest names the kind. */
const VALUES = /"(?:[^"\\]|\\.)*"|\d+/g;
const kindOf = (p: Problem): string =>
  `${p.severity}: ${p.message.replace(VALUES, (value) => (value.startsWith('"') ? '"…"' : "#"))}`;

/**
 * The first `limit` problems grouped by kind, groups in order of first appearance, each with its
 * count over all of them: 120,000 problems read as a few lines, not a list nobody can scroll.
 */
export function groupProblems(
  problems: readonly Problem[],
  limit = SHOWN_PROBLEMS,
): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  problems.forEach((p, i) => {
    const kind = kindOf(p);
    let group = groups.get(kind);
    if (group === undefined) groups.set(kind, (group = { kind, total: 0, shown: [] }));
    group.total++;
    if (i < limit) group.shown.push(p);
  });
  return [...groups.values()];
}

/** The whole list as plain text, one problem a line, for the reader to download and work through. */
export function problemReport(title: string, problems: readonly Problem[]): string {
  const lines = [title, `${problems.length} problems`, ""];
  for (const p of problems) lines.push(formatProblem(p));
  return `${lines.join("\n")}\n`;
}

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

/**
 * Past SHOWN_PROBLEMS, what the page needs of a long list, worked out where the list was made
 * (the parse worker): 130,000 problem objects took 0.7 s to arrive on the main thread, their
 * text as one string a few milliseconds.
 */
export interface ProblemDigest {
  total: number;
  /** Every kind (as groupProblems names them) with its count over the whole list. */
  kinds: [kind: string, total: number][];
  /** Every problem, one a line. */
  lines: string;
}

/** The first SHOWN_PROBLEMS and, when there are more, the digest of all of them. */
export function digestProblems(problems: readonly Problem[]): {
  problems: Problem[];
  digest?: ProblemDigest;
} {
  if (problems.length <= SHOWN_PROBLEMS) return { problems: [...problems] };
  const kinds = groupProblems(problems, 0).map(({ kind, total }): [string, number] => [
    kind,
    total,
  ]);
  const lines = problems.map(formatProblem).join("\n");
  return {
    problems: problems.slice(0, SHOWN_PROBLEMS),
    digest: { total: problems.length, kinds, lines },
  };
}

/** The groups of a list handed over as its first problems and a digest of all of them. */
export function digestGroups(shown: readonly Problem[], digest: ProblemDigest): ProblemGroup[] {
  const first = new Map(groupProblems(shown).map((group) => [group.kind, group.shown]));
  return digest.kinds.map(([kind, total]) => ({ kind, total, shown: first.get(kind) ?? [] }));
}

/** problemReport's text for a list handed over as a digest. */
export const digestReport = (title: string, digest: ProblemDigest): string =>
  `${title}\n${digest.total} problems\n\n${digest.lines}\n`;

import { formatProblem } from "./problems";
import type { Problem } from "../model/types";

/** How many problems (or import notes) a report shows on screen; the rest are in the download. */
export const SHOWN_PROBLEMS = 200;

/** Lines of a long list that say the same thing of different values. */
export interface Group<T> {
  /** The message with its values blanked: `unknown node "…"`. */
  kind: string;
  /** Items of this kind in the whole list. */
  total: number;
  /** Those among the first SHOWN_PROBLEMS. */
  shown: T[];
}

/** Anything a report lists: a load's problem or an import's note. */
interface Line {
  severity: string;
  message: string;
}

/** Values echoed in quotes and numbers vary from one line to the next; the rest names the kind. */
const VALUES = /"(?:[^"\\]|\\.)*"|\d+/g;
const kindOf = (line: Line): string =>
  `${line.severity}: ${line.message.replace(VALUES, (value) => (value.startsWith('"') ? '"…"' : "#"))}`;

/**
 * The first `limit` lines grouped by kind, groups in order of first appearance, each with its
 * count over all of them: 120,000 problems read as a few lines, not a list nobody can scroll.
 */
export function groupLines<T extends Line>(
  lines: readonly T[],
  limit = SHOWN_PROBLEMS,
): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  lines.forEach((line, i) => {
    const kind = kindOf(line);
    let group = groups.get(kind);
    if (group === undefined) groups.set(kind, (group = { kind, total: 0, shown: [] }));
    group.total++;
    if (i < limit) group.shown.push(line);
  });
  return [...groups.values()];
}

/** A list as plain text, one line each, for the reader to download and work through. */
function listReport<T>(title: string, noun: string, items: readonly T[], format: (t: T) => string) {
  const lines = [title, `${items.length} ${noun}`, ""];
  for (const item of items) lines.push(format(item));
  return `${lines.join("\n")}\n`;
}

/** The whole list of problems as plain text, one problem a line. */
export const problemReport = (title: string, problems: readonly Problem[]): string =>
  listReport(title, "problems", problems, formatProblem);

/**
 * Past SHOWN_PROBLEMS, what the page needs of a long list, worked out where the list was made
 * (the parse worker): 130,000 problem objects took 0.7 s to arrive on the main thread, their
 * text as one string a few milliseconds.
 */
export interface ProblemDigest {
  total: number;
  /** Every kind (as groupLines names them) with its count over the whole list. */
  kinds: [kind: string, total: number][];
  /** Every line of the list. */
  lines: string;
}

/** The first SHOWN_PROBLEMS of a list and, when there are more, the digest of all of them. */
function digestLines<T extends Line>(
  items: readonly T[],
  format: (t: T) => string,
): { first: T[]; digest?: ProblemDigest } {
  if (items.length <= SHOWN_PROBLEMS) return { first: [...items] };
  const kinds = groupLines(items, 0).map(({ kind, total }): [string, number] => [kind, total]);
  const lines = items.map(format).join("\n");
  return {
    first: items.slice(0, SHOWN_PROBLEMS),
    digest: { total: items.length, kinds, lines },
  };
}

export function digestProblems(problems: readonly Problem[]): {
  problems: Problem[];
  digest?: ProblemDigest;
} {
  const { first, digest } = digestLines(problems, formatProblem);
  return digest ? { problems: first, digest } : { problems: first };
}

/** An import note as a line of the downloaded report. */
export const formatNote = (note: Line): string => `${note.severity}: ${note.message}`;

/** digestProblems for an import report's notes. */
export const digestNotes = <T extends Line>(notes: readonly T[]) => digestLines(notes, formatNote);

/** The whole list of import notes as plain text, one a line. */
export const noteReport = (title: string, notes: readonly Line[]): string =>
  listReport(title, "notes", notes, formatNote);

/** The groups of a list handed over as its first lines and a digest of all of them. */
export function digestGroups<T extends Line>(
  shown: readonly T[],
  digest: ProblemDigest,
): Group<T>[] {
  const first = new Map(groupLines(shown).map((group) => [group.kind, group.shown]));
  return digest.kinds.map(([kind, total]) => ({ kind, total, shown: first.get(kind) ?? [] }));
}

/** problemReport's (or noteReport's) text for a list handed over as a digest. */
export const digestReport = (title: string, digest: ProblemDigest, noun = "problems"): string =>
  `${title}\n${digest.total} ${noun}\n\n${digest.lines}\n`;

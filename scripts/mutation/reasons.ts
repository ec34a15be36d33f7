import type { Survivor } from "./results";

/**
 * Why a surviving mutant is equivalent or accepted. `file` is required; the other fields narrow
 * the match (`original` is a substring of the mutated code), so one entry may cover a group.
 */
export interface Reason {
  file: string;
  line?: number;
  mutator?: string;
  original?: string;
  /** A substring of what the mutant put in its place. */
  replacement?: string;
  reason: string;
}

export function findReason(reasons: readonly Reason[], s: Survivor): Reason | undefined {
  return reasons.find(
    (r) =>
      r.file === s.file &&
      (r.line === undefined || r.line === s.line) &&
      (r.mutator === undefined || s.mutator.startsWith(r.mutator)) &&
      (r.original === undefined || s.original.includes(r.original)) &&
      (r.replacement === undefined || s.replacement.includes(r.replacement)),
  );
}

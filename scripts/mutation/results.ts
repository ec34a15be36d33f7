// Reads one folder's Stryker incremental file (the mutation-testing-report-schema JSON).

interface Position {
  line: number;
  column: number;
}
interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: Position; end: Position };
}
export interface Results {
  files: Record<string, { source: string; mutants: Mutant[] }>;
  /** What the run was asked to mutate: files, or "file:from-to" line ranges. */
  config?: { mutate?: string[] };
}

export interface Counts {
  total: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  ignored: number;
}

/** A mutant no test detected, with the code it replaced. */
export interface Survivor {
  file: string;
  line: number;
  mutator: string;
  original: string;
  replacement: string;
}

const KEYS: Record<string, keyof Counts> = {
  Killed: "killed",
  Timeout: "timeout",
  Survived: "survived",
  NoCoverage: "noCoverage",
  CompileError: "errors",
  RuntimeError: "errors",
  Ignored: "ignored",
};

export const sameMutant = (a: Mutant, b: Mutant) =>
  a.mutatorName === b.mutatorName &&
  a.replacement === b.replacement &&
  JSON.stringify(a.location) === JSON.stringify(b.location);

/**
 * `base` with the statuses of a later, narrower run (`--force` on the lines of some survivors, into
 * mutation/<folder>.verify.json) put over the same mutants: cheaper than a forced run of the whole
 * folder, which is what a new test otherwise needs. Returns how many results it replaced.
 */
export function overlay(base: Results, later: Results): number {
  let replaced = 0;
  for (const [file, { mutants }] of Object.entries(later.files)) {
    const target = base.files[file];
    if (target === undefined) throw new Error(`${file} is not in the folder's results`);
    for (const mutant of mutants) {
      const same = target.mutants.find((m) => sameMutant(m, mutant));
      if (same === undefined) throw new Error(`${file}: a mutant the folder's run did not have`);
      same.status = mutant.status;
      replaced += 1;
    }
  }
  return replaced;
}

/** Stryker's score: detected over valid mutants; null when there are none. */
export function score(c: Counts): number | null {
  const valid = c.total - c.errors - c.ignored;
  return valid === 0 ? null : (c.killed + c.timeout) / valid;
}

function sourceAt(source: string, { start, end }: Mutant["location"]): string {
  const lines = source.split("\n").slice(start.line - 1, end.line);
  if (lines.length === 0) return "";
  lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, end.column - 1);
  lines[0] = lines[0]!.slice(start.column - 1);
  return lines.join("\n");
}

/** Killed over valid mutants: a timeout on a loaded machine may be a slow run, not a loop. */
export function strictScore(c: Counts): number | null {
  const valid = c.total - c.errors - c.ignored;
  return valid === 0 ? null : c.killed / valid;
}

export function countStatuses(results: Results): {
  counts: Counts;
  survivors: Survivor[];
  timeouts: Survivor[];
} {
  const counts: Counts = {
    total: 0,
    killed: 0,
    timeout: 0,
    survived: 0,
    noCoverage: 0,
    errors: 0,
    ignored: 0,
  };
  const survivors: Survivor[] = [];
  const timeouts: Survivor[] = [];
  for (const [file, { source, mutants }] of Object.entries(results.files).sort()) {
    for (const mutant of mutants) {
      counts.total += 1;
      const key = KEYS[mutant.status];
      if (key === undefined) throw new Error(`${file}: unknown mutant status ${mutant.status}`);
      counts[key] += 1;
      if (key !== "survived" && key !== "noCoverage" && key !== "timeout") continue;
      (key === "timeout" ? timeouts : survivors).push({
        file,
        line: mutant.location.start.line,
        mutator: mutant.mutatorName + (key === "noCoverage" ? " (no coverage)" : ""),
        original: sourceAt(source, mutant.location),
        replacement: mutant.replacement ?? "",
      });
    }
  }
  const byPlace = (a: Survivor, b: Survivor) => a.file.localeCompare(b.file) || a.line - b.line;
  return { counts, survivors: survivors.sort(byPlace), timeouts: timeouts.sort(byPlace) };
}

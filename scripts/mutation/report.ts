// Merges the per-folder results in mutation/*.incremental.json into docs/mutation.md: a score per
// folder and in total, and every mutant that survived with the reason recorded for it in
// mutation/reasons/*.json ("no reason recorded" until someone looks at it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FOLDERS } from "./folders";
import { findReason, type Reason } from "./reasons";
import { countStatuses, overlay, score, strictScore } from "./results";
import type { Counts, Results, Survivor } from "./results";

const pct = (n: number | null) => (n === null ? "–" : `${(n * 100).toFixed(1)}%`);

function countRow(name: string, c: Counts): string {
  const cells = [c.total, c.killed, c.timeout, c.survived, c.noCoverage, c.errors, c.ignored];
  return `| ${name} | ${cells.join(" | ")} | ${pct(score(c))} | ${pct(strictScore(c))} |`;
}

const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|").slice(0, 70);

function survivorRow(s: Survivor, reasons: readonly Reason[], none: string): string {
  const reason = findReason(reasons, s)?.reason ?? none;
  const change = `\`${cell(s.original)}\` → \`${cell(s.replacement)}\``;
  return `| \`${s.file.replace("src/domain/", "")}:${s.line}\` | ${s.mutator} | ${change} | ${reason} |`;
}

/** The deepest folder holding every mutated file: a narrowed run shows as what it covered. */
function scopeOf(files: readonly string[]): string {
  const parts = files.map((f) => f.split("/").slice(0, -1));
  const first = parts[0] ?? [];
  let depth = 0;
  while (depth < first.length && parts.every((p) => p[depth] === first[depth])) depth += 1;
  return first.slice(2, depth).join("/");
}

/** Runs of disjoint files as one; a file in two of them is a mistake worth stopping for. */
function union(parts: Results[]): Results {
  const files: Results["files"] = {};
  for (const part of parts) {
    for (const [file, result] of Object.entries(part.files)) {
      if (Object.hasOwn(files, file)) throw new Error(`${file} is in two base runs`);
      files[file] = result;
    }
  }
  return { files };
}

/**
 * What runs of a folder's files apart left out: files no run mutated, and files a run mutated
 * only on some lines (its `mutate` option names the lines).
 */
function notCovered(root: string, folder: string, parts: Results[]): string[] {
  const dir = `src/domain/${folder}`;
  const sources = readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => `${dir}/${f}`);
  const ranged = parts.flatMap((p) => (p.config?.mutate ?? []).filter((m) => m.includes(":")));
  const run = new Set(parts.flatMap((p) => Object.keys(p.files)));
  const missing = sources.filter((f) => !run.has(f)).map((f) => `\`${f}\` not run`);
  return [...missing.sort(), ...ranged.sort().map((m) => `only lines \`${m}\``)];
}

export function writeMutationReport(root: string): string {
  // One file per folder, or per engineer working on a folder: mutation/reasons/*.json.
  const reasonFiles = readdirSync(join(root, "mutation/reasons")).filter((f) =>
    f.endsWith(".json"),
  );
  const reasons = reasonFiles
    .sort()
    .flatMap(
      (f) => JSON.parse(readFileSync(join(root, "mutation/reasons", f), "utf8")) as Reason[],
    );
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), "utf8")) as Results;
  const named = (pattern: RegExp) =>
    readdirSync(join(root, "mutation"))
      .filter((f) => pattern.test(f))
      .sort()
      .map((f) => `mutation/${f}`);
  // A folder's results: its own run, or the forced runs engineers made of its files apart.
  const baseOf = (folder: string): string[] =>
    existsSync(join(root, `mutation/${folder}.incremental.json`))
      ? [`mutation/${folder}.incremental.json`]
      : named(new RegExp(`^${folder}\\.base-[\\w-]+\\.json$`));
  const done = FOLDERS.map((folder) => ({ folder, files: baseOf(folder) })).filter(
    ({ files }) => files.length > 0,
  );
  const perFolder = done.map(({ folder, files }) => {
    const parts = files.map(read);
    const results = union(parts);
    const split = files.some((f) => f.includes(".base-"));
    const left = split ? notCovered(root, folder, parts) : [];
    // Several engineers may each verify their own files: mutation/<folder>.verify-<name>.json.
    const pattern = new RegExp(`^${folder}\\.verify(-[\\w-]+)?\\.json$`);
    const verify = named(pattern);
    const rerun = verify.reduce((sum, file) => sum + overlay(results, read(file)), 0);
    const folderName = scopeOf(Object.keys(results.files));
    return { folder: folderName, rerun, verify, left, ...countStatuses(results) };
  });
  const total = perFolder.reduce<Counts>(
    (sum, { counts }) => {
      const out = { ...sum };
      for (const key of Object.keys(sum) as (keyof Counts)[]) out[key] += counts[key];
      return out;
    },
    { total: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 },
  );
  const survivors = perFolder.flatMap((f) => f.survivors);
  const timeouts = perFolder.flatMap((f) => f.timeouts);
  const left = FOLDERS.filter((f) => !done.some((d) => d.folder === f));
  const partly = perFolder.filter((f) => !FOLDERS.includes(f.folder)).map((f) => f.folder);
  const lines = [
    "# Mutation testing: results",
    "",
    "Generated by `npm run mutate` (scripts/mutation/report.ts) from `mutation/*.incremental.json`;",
    "the reasons come from `mutation/reasons/*.json`. Score = (killed + timed out) / (all − errors −",
    'ignored), as Stryker counts it; "Killed only" leaves out the timeouts. See the README\'s Mutation testing section for the scope.',
    "",
    "| Folder | Mutants | Killed | Timed out | Survived | No coverage | Errors | Ignored | Score | Killed only |",
    "| ------ | ------: | -----: | --------: | -------: | ----------: | -----: | ------: | ----: | ----------: |",
    ...perFolder.map((f) => countRow(`\`${f.folder}\`${f.rerun > 0 ? " ¹" : ""}`, f.counts)),
    countRow("**All run**", total),
    "",
    left.length > 0
      ? `Not yet run: ${left.map((f) => `\`${f}\``).join(", ")}.`
      : "Every folder has results.",
    ...partly.map((f) => `Run only in part: \`${f}\` (not the rest of its folder).`),
    ...perFolder
      .filter((f) => f.left.length > 0)
      .map((f) => `Run only in part: \`${f.folder}\` (${f.left.join("; ")}).`),
    ...perFolder
      .filter((f) => f.rerun > 0)
      .map(
        (f) =>
          `¹ ${f.rerun} results come from forced runs on the survivors' lines after tests were added for them (${f.verify.map((v) => `\`${v}\``).join(", ")}).`,
      ),
    "",
    `## Survivors (${survivors.length})`,
    "",
    "| Where | Mutator | Change | Reason |",
    "| ----- | ------- | ------ | ------ |",
    ...survivors.map((s) => survivorRow(s, reasons, "**no reason recorded**")),
    "",
    `## Timed out (${timeouts.length})`,
    "",
    "Stryker counts these as detected. On a loaded machine a run can pass the time limit without",
    'looping, so "Killed only" above leaves them out; where one is known not to loop, it says so.',
    "",
    "| Where | Mutator | Change | Note |",
    "| ----- | ------- | ------ | ---- |",
    ...timeouts.map((s) => survivorRow(s, reasons, "")),
    "",
  ];
  const target = join(root, "docs/mutation.md");
  writeFileSync(target, lines.join("\n"));
  return target;
}

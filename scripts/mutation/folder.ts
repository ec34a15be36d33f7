// One folder's mutation results as the report counts them: its own run, or the union of runs of
// its files apart, with every forced run on survivors' lines put over it, then the mutants applied
// by hand (byHand.ts) last.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { overlay, type Results } from "./results";

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

export interface FolderResults {
  results: Results;
  /** The files whose statuses were put over the base run, in the order they were applied. */
  verify: string[];
  /** How many statuses they replaced. */
  rerun: number;
  /** For a folder run file by file: what no run covered. */
  left: string[];
}

export const byHandFile = (folder: string) => `mutation/${folder}.byhand.json`;

/** undefined when the folder has no results yet. */
export function readFolder(root: string, folder: string): FolderResults | undefined {
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), "utf8")) as Results;
  const named = (pattern: RegExp) =>
    readdirSync(join(root, "mutation"))
      .filter((f) => pattern.test(f))
      .sort()
      .map((f) => `mutation/${f}`);
  const own = `mutation/${folder}.incremental.json`;
  const files = existsSync(join(root, own))
    ? [own]
    : named(new RegExp(`^${folder}\\.base-[\\w-]+\\.json$`));
  if (files.length === 0) return undefined;
  const parts = files.map(read);
  const results = union(parts);
  const left = files[0] === own ? [] : notCovered(root, folder, parts);
  // Several engineers may each verify their own files: mutation/<folder>.verify-<name>.json.
  const verify = named(new RegExp(`^${folder}\\.verify(-[\\w-]+)?\\.json$`));
  if (existsSync(join(root, byHandFile(folder)))) verify.push(byHandFile(folder));
  const rerun = verify.reduce((sum, file) => sum + overlay(results, read(file)), 0);
  return { results, verify, rerun, left };
}

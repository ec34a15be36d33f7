// npx tsx scripts/mutation/byHand.ts <file:from-to>...
// Surviving mutants in code that runs once, when its module loads (a table, a regex constant):
// Stryker's Vitest runner switches a mutant on after the modules it covers have loaded, so such a
// mutant never runs and "survives" whatever the tests say — roles.ts's name table emptied by
// `() => undefined` survived, isolated or not. This puts each surviving mutant on the given lines
// into the source by hand, runs the tests that import the file (`vitest related`, the mutation
// config), puts the source back, and records Killed or Survived in mutation/<folder>.byhand.json,
// which the report lays over the folder's results last.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { byHandFile, readFolder } from "./folder";
import { sameMutant, type Results } from "./results";

type Mutant = Results["files"][string]["mutants"][number];

const root = fileURLToPath(new URL("../..", import.meta.url));
// A mutant that makes the tests loop is stopped and counted as Stryker counts it: timed out.
const LIMIT_MS = 300_000;

function offset(source: string, { line, column }: { line: number; column: number }): number {
  let at = 0;
  for (let l = 1; l < line; l += 1) at = source.indexOf("\n", at) + 1;
  return at + column - 1;
}

function applied(source: string, m: Mutant): string {
  const { start, end } = m.location;
  return (
    source.slice(0, offset(source, start)) +
    (m.replacement ?? "") +
    source.slice(offset(source, end))
  );
}

function testsFail(file: string): Mutant["status"] {
  const run = spawnSync(
    "npx",
    ["vitest", "related", "--run", "-c", "vitest.mutate.config.ts", "--reporter=dot", file],
    { cwd: root, stdio: "ignore", timeout: LIMIT_MS },
  );
  if (run.error !== undefined || run.signal !== null) return "Timeout";
  return run.status === 0 ? "Survived" : "Killed";
}

function byHand(range: string): void {
  const match = /^(src\/domain\/([^/]+)\/.+\.ts):(\d+)-(\d+)$/.exec(range);
  if (match === null)
    throw new Error(`${range}: expected src/domain/<folder>/<file>.ts:<from>-<to>`);
  const [, file = "", folder = "", from, to] = match;
  const found = readFolder(root, folder)?.results.files[file];
  if (found === undefined) throw new Error(`${file} has no mutation results`);
  const path = join(root, file);
  const original = readFileSync(path, "utf8");
  if (original !== found.source) throw new Error(`${file} changed since its mutation run`);
  const mutants = found.mutants.filter(
    (m) =>
      m.status === "Survived" &&
      m.location.start.line >= Number(from) &&
      m.location.end.line <= Number(to),
  );
  const out = join(root, byHandFile(folder));
  const record: Results = existsSync(out)
    ? (JSON.parse(readFileSync(out, "utf8")) as Results)
    : { files: {} };
  const kept = (record.files[file]?.mutants ?? []).filter(
    (k) => !mutants.some((m) => sameMutant(k, m)),
  );
  const done: Mutant[] = [];
  // Stopped midway (Ctrl-C, kill), the source still goes back as it was.
  const restore = () => {
    writeFileSync(path, original);
    process.exit(130);
  };
  process.once("SIGINT", restore).once("SIGTERM", restore);
  try {
    for (const m of mutants) {
      writeFileSync(path, applied(original, m));
      const status = testsFail(file);
      done.push({ ...m, status });
      console.log(`${file}:${m.location.start.line} ${m.mutatorName} → ${status}`);
    }
  } finally {
    writeFileSync(path, original);
    process.off("SIGINT", restore).off("SIGTERM", restore);
  }
  record.files[file] = { source: original, mutants: [...kept, ...done] };
  writeFileSync(out, `${JSON.stringify(record, null, 1)}\n`);
}

const ranges = process.argv.slice(2);
if (ranges.length === 0) {
  console.error(
    "usage: npx tsx scripts/mutation/byHand.ts src/domain/<folder>/<file>.ts:<from>-<to>...",
  );
  process.exit(2);
}
for (const range of ranges) byHand(range);

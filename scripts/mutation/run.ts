// npm run mutate [-- folder...] [-- --force]
// Mutation-tests src/domain one folder at a time, each into mutation/<folder>.incremental.json,
// so a run that is stopped keeps the folders it finished; then writes docs/mutation.md.
// Arguments that start with "--" go to Stryker (e.g. --force, --concurrency 1); --report only
// rewrites docs/mutation.md (after editing mutation/reasons/*.json).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { FOLDERS } from "./folders";
import { writeMutationReport } from "./report";

const root = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const reportOnly = args.includes("--report");
const named = args.filter((a) => !a.startsWith("-"));
const stryker = args.filter((a) => !named.includes(a));
const unknown = named.filter((f) => !FOLDERS.includes(f));
if (unknown.length > 0) {
  console.error(`No such src/domain folder: ${unknown.join(", ")} (one of ${FOLDERS.join(", ")})`);
  process.exit(2);
}

for (const folder of reportOnly ? [] : named.length > 0 ? named : FOLDERS) {
  console.log(`\n── mutating src/domain/${folder}`);
  const run = spawnSync("npx", ["stryker", "run", ...stryker], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, STRYKER_FOLDER: folder },
  });
  if (run.status !== 0) {
    console.error(`Stryker failed on src/domain/${folder}; the folders before it are kept.`);
    process.exit(run.status ?? 1);
  }
}
console.log(`wrote ${writeMutationReport(root)}`);

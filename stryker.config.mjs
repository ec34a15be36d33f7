// Mutation testing of src/domain with the Vitest runner, one folder at a time (`npm run mutate`
// runs scripts/mutate.ts, which sets STRYKER_FOLDER for each). Each folder keeps its results in
// mutation/<folder>.incremental.json, so an interrupted run keeps the folders it finished, and a
// rerun tests only the mutants whose code or covering tests changed (--force tests everything).
// Plain `npx stryker run` (no folder) mutates the whole domain into mutation/all.incremental.json.
import process from "node:process";

const folder = process.env.STRYKER_FOLDER;
const root = folder ? `src/domain/${folder}` : "src/domain";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [`${root}/**/*.ts`, `!${root}/**/*.test.ts`],
  coverageAnalysis: "perTest",
  // A mutant in module-level code runs when the module loads, so Stryker would rerun every test
  // for it; its survivors are few and the cost is most of the run. Skipped, and said so in README.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `mutation/${folder ?? "all"}.incremental.json`,
  // Two cores on the machines this runs on, shared with other work.
  concurrency: 2,
  // On top of the dry run's own time and overhead, which Stryker already allows for: enough for a
  // loaded machine, while each mutant that loops costs this much of a worker.
  timeoutMS: 20_000,
  reporters: ["progress", "json"],
  jsonReporter: { fileName: `reports/mutation/${folder ?? "all"}.json` },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

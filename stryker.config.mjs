// `npm run mutate`: mutation testing of src/domain with the Vitest runner. Incremental: mutants
// whose code and tests are unchanged since the run recorded in stryker-incremental.json keep their
// result, so a rerun after a small change tests only what changed (--force tests everything).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["src/domain/**/*.ts", "!src/domain/**/*.test.ts"],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "stryker-incremental.json",
  // Two cores on the machines this runs on, shared with other work.
  concurrency: 2,
  // Generous: a loaded machine slows every test run, and a slow mutant is not a surviving one.
  timeoutMS: 60_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

import { defineConfig } from "vitest/config";

// What `npm run mutate` (StrykerJS) runs against each mutant of src/domain: the domain's own
// unit tests, in node. The other tiers would add minutes per run and kill no more domain mutants.
export default defineConfig({
  test: {
    // The big-input guards name their size in thousands ("5,000-node graph", "130,000 unknown
    // story references") and take minutes each once instrumented, for every mutant they cover.
    // They prove the code copes with size, not what it computes: the tests beside them do that.
    testNamePattern: /^(?!.*\b\d{1,3}(,\d{3})+\b)/,
    projects: [
      {
        extends: "./vite.config.ts",
        test: {
          name: "mutate",
          environment: "node",
          // Every mutant's run imports its test files again when isolated (most of its time:
          // 18.7 s of the 29 s the load and story tests take, 6.6 s of 9 s shared). No domain test
          // mocks modules or changes globals; a forced run of story gave the same status for all
          // 249 mutants either way.
          isolate: false,
          include: ["src/domain/**/*.test.ts"],
          setupFiles: ["tests/setup/mutationRuns.ts"],
          // The loader's fuzz properties run hundreds of generated documents a test, likewise.
          exclude: ["src/domain/load/properties.test.ts"],
          // Instrumented code on a shared machine runs several times slower; Stryker's own
          // timeoutMS is what catches a mutant that loops.
          testTimeout: 60_000,
        },
      },
    ],
  },
});

import { defineConfig } from "vitest/config";

// What `npm run mutate` (StrykerJS) runs against each mutant of src/domain: the domain's own
// unit tests, in node. The other tiers would add minutes per run and kill no more domain mutants.
export default defineConfig({
  test: {
    projects: [
      {
        extends: "./vite.config.ts",
        test: {
          name: "mutate",
          environment: "node",
          include: ["src/domain/**/*.test.ts"],
          // The loader's fuzz properties run hundreds of generated documents per test: minutes
          // each once instrumented. The loader's example tests cover the same code.
          exclude: ["src/domain/load/properties.test.ts"],
          // Instrumented code on a shared machine runs several times slower; Stryker's own
          // timeoutMS is what catches a mutant that loops.
          testTimeout: 60_000,
        },
      },
    ],
  },
});

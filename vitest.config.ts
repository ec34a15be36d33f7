import { defineConfig } from "vitest/config";

// Every tier extends the app's own Vite config, so tests compile exactly like the app does.
const appConfig = "./vite.config.ts";

// Three tiers, selectable with --project: pure logic in node, React components in jsdom,
// and end-to-end runs of the built app in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        extends: appConfig,
        test: {
          name: "unit",
          environment: "node",
          include: [
            "src/**/*.test.ts",
            "scripts/**/*.test.ts",
            "tests/unit/**/*.test.ts",
            "bench/**/*.test.ts",
          ],
          // Property tests and big-graph checks do real work; on a loaded 2-core machine that can
          // take many times Vitest's 5 s default. This guards against hangs, it times nothing.
          testTimeout: 60_000,
        },
      },
      {
        extends: appConfig,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["src/**/*.test.tsx"],
          setupFiles: ["tests/setup/jsdom.ts"],
          // jsdom renders slowly: at load average 15–20 on 2 cores a panel test took over 15 s. This
          // guards against hangs, it times nothing.
          testTimeout: 60_000,
        },
      },
      {
        extends: appConfig,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.e2e.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // Each file drives its own Chromium; one at a time fits a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});

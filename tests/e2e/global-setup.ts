import { accessSync, constants, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the built app is served, ending in "/". Empty when e2e tests are skipped. */
    baseUrl: string;
    chromiumPath: string;
    /** Why e2e tests are skipped on this machine, or null when they run. */
    e2eSkipReason: string | null;
  }
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIST_INDEX = fileURLToPath(new URL("../../dist/index.html", import.meta.url));

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Serves dist/ on a free loopback port for the e2e files. No browser is launched here: each
 * test file starts its own, so a crash in one file cannot poison the others.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  project.provide("chromiumPath", chromiumPath);

  if (!isExecutable(chromiumPath)) {
    const reason =
      `Chromium not found at ${chromiumPath}. ` +
      "Install it with: sudo apt-get install -y chromium, or set CHROMIUM_PATH.";
    // CI must prove the app works in a browser; a silent skip there would hide a broken setup.
    if (process.env.CI === "true") throw new Error(`E2E FAILED: ${reason}`);
    console.warn(`\nE2E SKIPPED: ${reason}\n`);
    project.provide("e2eSkipReason", reason);
    project.provide("baseUrl", "");
    return;
  }

  if (!existsSync(DIST_INDEX)) {
    throw new Error(
      "E2E FAILED: dist/index.html is missing. Build the app first: npm run build " +
        "(npm run test:e2e builds before testing).",
    );
  }

  const server = await preview({
    root: ROOT,
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === "string") {
    await server.close();
    throw new Error("E2E FAILED: vite preview did not report a TCP port.");
  }
  project.provide("e2eSkipReason", null);
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  return () => server.close();
}

import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { CHROMIUM_ARGS } from "./pages";
import { buildPages } from "./prepare";
import { serveStatic } from "./server";

const TMP = fileURLToPath(new URL("../tmp/", import.meta.url));

/**
 * For the scripts that run one row of `npm run bench` on its own: builds the production app into
 * bench/tmp/app/, serves bench/tmp/ and hands `row` a browser, the app's address and that folder.
 */
export async function runSingleRow(
  row: (browser: Browser, appUrl: string, dir: string) => Promise<void>,
): Promise<void> {
  buildPages(`${TMP}app`);
  const server = await serveStatic(TMP);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    await row(browser, `${server.origin}/app/index.html`, TMP);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The machine's load averages, for the line a row prints. */
export const loadAverage = (): string =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(", ");

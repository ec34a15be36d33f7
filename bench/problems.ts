// npm run bench:problems: only the 130,000-problem row of `npm run bench` (see problemsRow.ts),
// on the production app built into bench/tmp/app/.
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "./runner/pages";
import { buildPages } from "./runner/prepare";
import { measureProblems, problemsLine } from "./runner/problemsRow";
import { serveStatic } from "./runner/server";

const TMP = fileURLToPath(new URL("./tmp/", import.meta.url));
const RUNS = 3;

buildPages(`${TMP}app`);
const server = await serveStatic(TMP);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  for (let i = 0; i < RUNS; i++) {
    const result = await measureProblems(browser, `${server.origin}/app/index.html`, TMP);
    const load = loadavg()
      .map((n) => n.toFixed(1))
      .join(", ");
    console.log(`${problemsLine(result)} Load average ${load}.`);
  }
} finally {
  await browser.close();
  await server.close();
}

// npm run bench:limit: the size-limit row (see limitRow.ts) on its own, on the production app
// built into bench/tmp/app/. Minutes: the layout and the drawing of ~74,000 elements.
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "./runner/pages";
import { buildPages } from "./runner/prepare";
import { limitLine, measureLimit } from "./runner/limitRow";
import { serveStatic } from "./runner/server";

const TMP = fileURLToPath(new URL("./tmp/", import.meta.url));

buildPages(`${TMP}app`);
const server = await serveStatic(TMP);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  const result = await measureLimit(browser, `${server.origin}/app/index.html`, TMP, 1, 1_200_000);
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(", ");
  console.log(`${limitLine(result)} Load average ${load}.`);
} finally {
  await browser.close();
  await server.close();
}

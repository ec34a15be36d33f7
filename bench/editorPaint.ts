// npm run bench:editor-paint -- --url http://127.0.0.1:<port>/   (a served production build)
// An edit on a 1,000-element draft, key press → next painted frame, in Debian's Chromium: the
// generated 400-node, 600-edge graph is opened, "Edit this graph" starts a draft from it, and an
// entity is renamed (Enter commits it) 15 times. Median and maximum.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/chromiumArgs";
import { generateGraph } from "./generate";

const urlAt = process.argv.indexOf("--url");
const url = urlAt > 0 ? process.argv[urlAt + 1] : undefined;
if (!url) throw new Error("pass --url of a served production build");
const file = join(mkdtempSync(join(tmpdir(), "entente-bench-")), "graph-1000.json");
writeFileSync(file, JSON.stringify(generateGraph({ nodes: 400, edges: 600, seed: 1 })));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(url);
await page.locator('input[type="file"]').first().setInputFiles(file);
await page.getByText("Loaded from", { exact: false }).first().waitFor({ timeout: 120_000 });
await page.getByRole("button", { name: "Edit this graph" }).click();
const names = page.getByRole("list", { name: "Entities" }).locator("input[aria-label^='Name of']");
await names.first().waitFor({ timeout: 60_000 });
await page.waitForTimeout(2000);

const times: number[] = [];
for (let i = 0; i < 15; i++) {
  const field = names.nth(i);
  await field.fill(`Renamed ${i}`);
  await page.evaluate(() => {
    const w = window as unknown as { __paint?: Promise<number> };
    w.__paint = new Promise((resolve) => {
      addEventListener(
        "keydown",
        (event) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - event.timeStamp);
            channel.port2.postMessage(null);
          }),
        { once: true, capture: true },
      );
    });
  });
  await field.press("Enter");
  times.push(
    await page.evaluate(() => (window as unknown as { __paint: Promise<number> }).__paint),
  );
  await page.waitForTimeout(600);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `edit on a 1000-element draft, Enter → next frame: median ${sorted[7]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (15 renames; target 50)`,
);
await browser.close();

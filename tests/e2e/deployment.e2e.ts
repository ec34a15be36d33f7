import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { serveStatic } from "../../bench/runner/server";
import type { StaticServer } from "../../bench/runner/server";
import { headersFor, parseHeadersFile } from "../../deploy/headers";
import { describeE2E, launchBrowser } from "./browser";

// dist/ served as a static host would serve it with the build's own _headers file, beside the
// same files served bare: what the headers change is what these tests look at. A copy of dist/
// gets one more file, a worker that tries to evaluate strings: a worker runs under the policy of
// its own script's response, so it shows what the app's parse and layout workers run under (the
// same `/*` rule covers them). Code run through DevTools would bypass the policy.
const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const PROBE = `
  const tried = [];
  try { tried.push("new Function: " + new Function("return 'ran'")()); } catch (e) { tried.push("new Function: " + e.name); }
  try { tried.push("eval: " + (0, eval)("'ran'")); } catch (e) { tried.push("eval: " + e.name); }
  self.postMessage(tried);
`;

let root: string;
let withHeaders: StaticServer;
let bare: StaticServer;
let browser: Browser;

/** A page on another origin (about:blank) that frames the app; true if the app loaded in it. */
async function framed(page: Page, origin: string): Promise<boolean> {
  await page.setContent(`<iframe src="${origin}/" width="800" height="600"></iframe>`);
  const frame = page.frames()[1];
  if (!frame) throw new Error("no iframe");
  await frame.waitForLoadState("load");
  // A refused frame shows Chromium's error page (chrome-error://) instead.
  return frame.url() === `${origin}/`;
}

/** What the probe worker, started from the app's page, managed to evaluate. */
async function workerEvaluates(page: Page, origin: string): Promise<string[]> {
  await page.goto(`${origin}/`);
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const worker = new Worker("probe.worker.js");
        worker.onmessage = (event: MessageEvent<string[]>) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
      }),
  );
}

describeE2E("a deployment with the shipped headers", () => {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "entente-deploy-"));
    cpSync(DIST, root, { recursive: true });
    writeFileSync(join(root, "probe.worker.js"), PROBE);
    const rules = parseHeadersFile(readFileSync(join(root, "_headers"), "utf8"));
    withHeaders = await serveStatic(root, (path) => headersFor(rules, path));
    bare = await serveStatic(root);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await withHeaders?.close();
    await bare?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("ships no source maps", () => {
    expect(readdirSync(`${DIST}assets`).filter((name) => name.endsWith(".map"))).toEqual([]);
  });

  it("refuses to be framed by another site", async () => {
    const page = await browser.newPage();
    try {
      expect(await framed(page, bare.origin)).toBe(true);
      expect(await framed(page, withHeaders.origin)).toBe(false);
    } finally {
      await page.close();
    }
  });

  it("runs its worker under a policy that forbids evaluating strings", async () => {
    const page = await browser.newPage();
    try {
      expect(await workerEvaluates(page, bare.origin)).toEqual(["new Function: ran", "eval: ran"]);
      expect(await workerEvaluates(page, withHeaders.origin)).toEqual([
        "new Function: EvalError",
        "eval: EvalError",
      ]);
    } finally {
      await page.close();
    }
  });
});

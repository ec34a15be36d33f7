import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { CHROMIUM_ARGS } from "../chromiumArgs";

const ARTIFACTS_DIR = fileURLToPath(new URL("../artifacts/", import.meta.url));

export const DESKTOP = { width: 1440, height: 900 } as const;

// Runs before any page script, so violations during the first parse are recorded too.
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
      "CSP violation: " + event.violatedDirective + " blocked " + (event.blockedURI || "inline"),
    );
  });
`;

let browser: Browser | undefined;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
}

/**
 * A describe block that owns one Chromium for its file, or is reported as skipped when the
 * global setup found no browser (outside CI only; in CI that is a failure).
 */
export function describeE2E(name: string, body: () => void): void {
  describe.skipIf(inject("e2eSkipReason") !== null)(name, () => {
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      browser = undefined;
    });
    body();
  });
}

export interface OpenedApp {
  page: Page;
  /** Console errors, uncaught page errors and CSP violations seen so far; [] when clean. */
  problems: () => Promise<string[]>;
  close: () => Promise<void>;
}

/** Opens the built app in a fresh browser context; `path` is relative to the app's base URL. */
export async function openApp(
  path = "",
  viewport: { width: number; height: number } = DESKTOP,
): Promise<OpenedApp> {
  if (browser === undefined) throw new Error("openApp() must be called inside describeE2E().");
  const context = await browser.newContext({ viewport });
  // Fail on a missing element well before the 30 s test timeout, with Playwright's own message.
  context.setDefaultTimeout(10_000);
  await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
  const page = await context.newPage();
  const seen: string[] = [];
  page.on("console", (message) => {
    // The location names the failing URL, which "Failed to load resource" alone does not.
    if (message.type() === "error") {
      seen.push(`console.error: ${message.text()} (${message.location().url})`);
    }
  });
  page.on("pageerror", (error) => seen.push(`pageerror: ${error.message}`));
  await page.goto(new URL(path, inject("baseUrl")).href);
  return {
    page,
    problems: async () => {
      const csp = (await page.evaluate("window.__cspViolations ?? []")) as string[];
      return [...seen, ...csp];
    },
    close: () => context.close(),
  };
}

/**
 * Opens an analysis tab and waits for its panel: a panel's code loads when first used (or once
 * the page is idle), and until then the tab shows only a "Loading…" status.
 */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page
    .getByRole("tabpanel", { name, exact: true })
    .locator(":scope > :not([role=status])")
    .first()
    .waitFor();
}

/** Saves a PNG of the viewport to tests/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = `${ARTIFACTS_DIR}${name}.png`;
  await page.screenshot({ path });
  return path;
}

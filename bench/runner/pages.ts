import type { Browser, Page } from "playwright-core";
import type { LoadFigures, StepFigures } from "./measure";
import { measureLoad, measureSearch, measureSteps } from "./measure";
import { initScript } from "./probe";
import type { Summary } from "./stats";

export { CHROMIUM_ARGS } from "../../tests/chromiumArgs";

export const VIEWPORT = { width: 1440, height: 900 } as const;

export interface PageOptions {
  url: string;
  /** Ready expression, see probe.ts. */
  ready: string;
  loadTimeoutMs: number;
  presses: number;
  /** Search keystrokes; 0 for pages without search. */
  searches: number;
  /** Counts the nodes on the canvas (evaluated in the page). */
  shownNodes: string;
  /** Runs once the page is ready, before anything else is measured. */
  afterLoad?: (page: Page) => Promise<void>;
}

export interface PageResult extends LoadFigures {
  step: StepFigures;
  search: Summary | null;
}

/** Opens `url` in a fresh context and measures load, search (if any), then timeline steps. */
export async function runPage(browser: Browser, options: PageOptions): Promise<PageResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript({ content: initScript(options.ready) });
    // Timing starts at navigation; everything after is the ready probe's business.
    await page.goto(options.url, { waitUntil: "commit" });
    const load = await measureLoad(page, options.loadTimeoutMs).catch((error: unknown) => {
      throw new Error(
        `${options.url} never became ready: ${[String(error), ...errors].join("\n")}`,
      );
    });
    await options.afterLoad?.(page);
    const search = options.searches > 0 ? await measureSearch(page, options.searches) : null;
    const step = await measureSteps(page, options.presses, () =>
      page.evaluate<number>(options.shownNodes),
    );
    if (errors.length > 0) throw new Error(`${options.url}: ${errors.join("\n")}`);
    return { ...load, step, search };
  } finally {
    await context.close();
  }
}

export interface FirstFrame {
  /** Navigation → first frame with the graph drawn and the lists filled, ms. */
  drawnMs: number;
  /** Paint timing's first-contentful-paint, ms. */
  fcpMs: number;
}

/** The app on its built-in article graph, from navigation to the first frame showing it. */
export async function firstFrame(
  browser: Browser,
  url: string,
  ready: string,
): Promise<FirstFrame> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: initScript(ready) });
    await page.goto(url, { waitUntil: "commit" });
    const { loadMs } = await measureLoad(page, 30_000);
    const fcpMs = await page.evaluate(
      () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    );
    return { drawnMs: loadMs, fcpMs };
  } finally {
    await context.close();
  }
}

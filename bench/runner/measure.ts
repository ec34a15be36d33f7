import type { Page } from "playwright-core";
import type { PageTimings } from "./probe";
import { READ_TIMINGS } from "./probe";
import type { Summary } from "./stats";
import { summarize, sweepKeys } from "./stats";

declare global {
  interface Window {
    __perf?: PageTimings & { until: (n: number) => Promise<void> };
  }
}

export interface LoadFigures {
  /** Navigation start → graph drawn and lists filled, ms. */
  loadMs: number;
  /** Longest main-thread task that started before the page was ready, ms (0 if none ≥ 50 ms). */
  longestTaskMs: number;
  /** Main-thread JS heap after a forced GC, bytes. */
  heapBytes: number;
}

const readTimings = (page: Page) => page.evaluate<PageTimings>(READ_TIMINGS);

/** Waits for the page's ready flag (see probe.ts), then reads load time, long tasks and heap. */
export async function measureLoad(page: Page, timeoutMs: number): Promise<LoadFigures> {
  // Playwright's own timeout cannot fire while the page's main thread is stuck in one long task
  // (a layout), so the deadline is kept here.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  const ready = page.waitForFunction(() => window.__perf?.readyAt != null, null, {
    timeout: 0,
    polling: 250,
  });
  await Promise.race([ready, deadline]).finally(() => clearTimeout(timer));
  const { readyAt, longtasks } = await readTimings(page);
  const loadMs = readyAt ?? NaN;
  const during = longtasks.filter(([start]) => start < loadMs).map(([, duration]) => duration);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return { loadMs, longestTaskMs: Math.max(0, ...during), heapBytes: usedSize };
}

/** Presses `keys` one at a time, each once the previous one's frame is done; one sample each. */
async function timeKeys(page: Page, keys: readonly string[]): Promise<number[]> {
  await page.evaluate(() => {
    if (window.__perf) window.__perf.samples = [];
  });
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    await page.evaluate((n) => window.__perf?.until(n), i + 1);
  }
  return (await readTimings(page)).samples;
}

export interface StepFigures extends Summary {
  /** Positions on the slider (periods + "All time"). */
  timelineSteps: number;
  /** Nodes on the canvas after the last step, to check every page ended on the same picture. */
  nodesAtEnd: number;
}

/**
 * Timeline steps: from the first step, arrows sweep to "All time" and back, every press changing
 * what is shown. `shownNodes` counts the nodes on the page's canvas.
 */
export async function measureSteps(
  page: Page,
  presses: number,
  shownNodes: () => Promise<number>,
): Promise<StepFigures> {
  const slider = page.getByRole("slider", { name: "Timeline" });
  const stepCount = Number(await slider.getAttribute("max")) + 1;
  await slider.focus();
  await timeKeys(page, ["Home"]);
  const samples = await timeKeys(page, sweepKeys(stepCount, presses));
  return { ...summarize(samples), timelineSteps: stepCount, nodesAtEnd: await shownNodes() };
}

/** Search keystrokes, alternately typing one letter into an empty box and deleting it. */
export async function measureSearch(page: Page, keystrokes: number): Promise<Summary> {
  await page.getByRole("searchbox", { name: "Search" }).focus();
  const keys = Array.from({ length: keystrokes }, (_, i) => (i % 2 === 0 ? "a" : "Backspace"));
  return summarize(await timeKeys(page, keys));
}

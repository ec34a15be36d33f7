import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { generateGraph } from "../generate";

export interface EditPaint {
  elements: number;
  /** Enter → next painted frame, ms, one per rename. */
  times: number[];
}

const RENAMES = 15;

/**
 * An edit on a 1,000-element draft, key press → next painted frame (the keydown's timeStamp →
 * requestAnimationFrame → a MessageChannel message, as the timeline step is measured): the
 * generated 400-node, 600-edge graph is opened, "Edit this graph" starts a draft from it, and
 * entities are renamed, Enter committing each.
 */
export async function measureEditPaint(
  browser: Browser,
  appUrl: string,
  dir: string,
): Promise<EditPaint> {
  const file = join(dir, "editor-draft-1000.json");
  writeFileSync(file, JSON.stringify(generateGraph({ nodes: 400, edges: 600, seed: 1 })));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(appUrl);
    await page.locator('input[type="file"]').first().setInputFiles(file);
    await page.getByText("Loaded from", { exact: false }).first().waitFor({ timeout: 300_000 });
    await page.getByRole("button", { name: "Edit this graph" }).click();
    const names = page
      .getByRole("list", { name: "Entities" })
      .locator("input[aria-label^='Name of']");
    await names.first().waitFor({ timeout: 120_000 });
    // The first check of the draft done: the loop starts from a page at rest.
    await page.waitForFunction(
      () =>
        !document
          .querySelector('[aria-label="Problems"] [role="status"]')
          ?.textContent?.includes("Checking"),
      null,
      { timeout: 120_000 },
    );
    const times: number[] = [];
    for (let i = 0; i < RENAMES; i++) {
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
      // Past the checks' debounce and the autosave, so each rename starts from a quiet page.
      await page.waitForTimeout(800);
    }
    return { elements: 1000, times };
  } finally {
    await page.close();
  }
}

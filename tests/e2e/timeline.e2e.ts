import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, openApp, screenshot } from "./browser";

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

const slider = (page: Page) => page.getByRole("slider", { name: "Timeline" });

/** The drawn tick labels' boxes and texts, left to right. */
const tickLabels = (page: Page) =>
  page.$$eval(".timeline-tick-label", (labels) =>
    labels
      .filter((label) => getComputedStyle(label).visibility !== "hidden")
      .map((label) => {
        const r = label.getBoundingClientRect();
        return { text: label.textContent ?? "", x1: r.left, x2: r.right, y1: r.top, y2: r.bottom };
      }),
  );

const boxOf = async (page: Page, selector: string): Promise<Box> => {
  const r = await page.locator(selector).boundingBox();
  if (r === null) throw new Error(`${selector} is not on screen`);
  return { x1: r.x, x2: r.x + r.width, y1: r.y, y2: r.y + r.height };
};

const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) =>
    boxes.slice(i + 1).filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2),
  ).length;

const inside = (inner: Box, outer: Box) => inner.x1 >= outer.x1 && inner.x2 <= outer.x2;

/** A small graph in the app's own format with February, March and May 2025 periods. */
const SPRING = JSON.stringify({
  format: "entente-graph",
  version: 1,
  title: "Spring",
  source: { title: "Inline", text: "Ada met Ben." },
  periods: [
    { id: "feb", label: "February 2025", start: "2025-02", end: "2025-02" },
    { id: "mar", label: "March 2025", start: "2025-03", end: "2025-03" },
    { id: "may", label: "May 2025", start: "2025-05", end: "2025-05" },
  ],
  nodes: [
    { id: "a", label: "Ada", kind: "person", evidence: [{ quote: "Ada" }] },
    { id: "b", label: "Ben", kind: "person", evidence: [{ quote: "Ben" }] },
  ],
  edges: [
    {
      id: "e",
      source: "a",
      target: "b",
      stance: "alliance",
      relation: "met",
      start: "2025-03",
      evidence: [{ quote: "Ada met Ben" }],
    },
  ],
});

describeE2E("a timeline that reads at every width", () => {
  it.each([
    [1440, 900],
    [1280, 720],
    [390, 844],
  ] as const)(
    "at %i×%i: no tick labels overlap, the end marks show whole, stepping moves nothing below",
    async (width, height) => {
      const app = await openApp("", { width, height });
      try {
        await slider(app.page).waitFor();
        const labels = await tickLabels(app.page);
        expect(overlapping(labels)).toBe(0);
        // The ends are always named: the first step and the present.
        expect(labels[0]?.text).toBe("Before 2025");
        expect(labels.at(-1)?.text).toBe("All time");
        // A month drawn without its year ("Jul") comes after a drawn month that says the year:
        // "Before 2025" does not, nor does a month thinned away.
        const texts = labels.map((label) => label.text);
        const monthOfYear = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}$/;
        texts.forEach((text, i) => {
          if (/^[A-Z][a-z]{2}$/.test(text))
            expect(texts.slice(0, i).some((t) => monthOfYear.test(t))).toBe(true);
        });

        const timeline = await boxOf(app.page, ".timeline-pane");
        const marks = app.page.locator(".timeline-mark");
        for (const mark of [marks.first(), marks.last()]) {
          const r = await mark.boundingBox();
          expect(r).not.toBeNull();
          if (r === null) continue;
          expect(inside({ x1: r.x, x2: r.x + r.width, y1: 0, y2: 0 }, timeline)).toBe(true);
          await mark.scrollIntoViewIfNeeded();
          // Drawn, not clipped: both edges of the mark are hit by the mark itself.
          const hit = await mark.evaluate(
            (button, xs) => {
              const box = button.getBoundingClientRect();
              const y = box.top + box.height / 2;
              return xs.map((x) => button.contains(document.elementFromPoint(box.left + x, y)));
            },
            [2, r.width - 2],
          );
          expect(hit).toEqual([true, true]);
          await mark.hover();
          const tip = await mark.locator(".timeline-mark-tip").boundingBox();
          expect(tip).not.toBeNull();
          if (tip !== null) expect(tip.x >= 0 && tip.x + tip.width <= width).toBe(true);
        }

        // Every step, from the first: the pane below the timeline never moves.
        const below = () => boxOf(app.page, ".timeline-pane + *");
        await slider(app.page).focus();
        await slider(app.page).press("Home");
        const first = await below();
        const count = Number(await slider(app.page).getAttribute("max")) + 1;
        const names: string[] = [];
        for (let step = 0; step < count; step++) {
          if (step > 0) await slider(app.page).press("ArrowRight");
          names.push((await slider(app.page).getAttribute("aria-valuetext")) ?? "");
          expect(await below()).toEqual(first);
          expect(overlapping(await tickLabels(app.page))).toBe(0);
        }
        expect(names).toEqual([
          "Before 2025",
          "January 2025",
          "April 2025",
          "July 2025",
          "All time",
        ]);
        await screenshot(app.page, `timeline-${width}x${height}`);
      } finally {
        await app.close();
      }
    },
  );

  it("names every step of a graph of February, March and May in the narrow desktop rail, in full in tooltips", async () => {
    const app = await openApp();
    try {
      await app.page.getByRole("heading", { level: 1 }).waitFor();
      await app.page.getByLabel("Open graph file").setInputFiles({
        name: "spring.json",
        mimeType: "application/json",
        buffer: Buffer.from(SPRING, "utf8"),
      });
      await expect
        .poll(() => app.page.getByRole("heading", { level: 1 }).textContent(), { timeout: 15_000 })
        .toBe("Spring");
      const labels = await tickLabels(app.page);
      // The 250 px rail of the desktop's side column has no room for "March 2025" beside
      // "February 2025", so months go short and the year is said once: every step is named.
      expect(labels.map((label) => label.text)).toEqual(["Feb 2025", "Mar", "May", "All time"]);
      expect(
        await app.page
          .locator(".timeline-tick")
          .evaluateAll((ticks) => ticks.map((t) => t.getAttribute("title"))),
      ).toEqual(["February 2025", "March 2025", "May 2025", "All time"]);
      expect(overlapping(labels)).toBe(0);
    } finally {
      await app.close();
    }
  });
});

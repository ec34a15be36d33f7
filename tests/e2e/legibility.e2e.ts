import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, openApp, openTab, screenshot } from "./browser";

interface Figures {
  overlaps: number;
  /** Drawn labels under the view buttons or the legend. */
  covered: number;
  smallestPx: number;
  named: number;
  onScreen: number;
}

const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

/** Overlapping pairs, the smallest drawn label and the share of named nodes, as Cytoscape draws them. */
async function measure(page: Page): Promise<Figures> {
  const labels = await page.evaluate(() => window.__entente?.labels() ?? []);
  // The boxes of the view buttons and the legend, in the canvas's pixels as the labels are.
  const overlays = await page.evaluate(() => {
    const canvas = document.querySelector('[aria-label="Relationship graph"]');
    const origin = canvas?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const over = [
      document.querySelector('[role="group"][aria-label="Graph view"]'),
      document.querySelector(".graph-legend-box"),
    ];
    return over.flatMap((element) => {
      const r = element?.getBoundingClientRect();
      if (!r || r.width === 0) return [];
      const { left, top } = origin;
      return [{ x1: r.left - left, y1: r.top - top, x2: r.right - left, y2: r.bottom - top }];
    });
  });
  const drawn = labels.filter((label) => label.drawn && label.box !== null);
  let overlaps = 0;
  drawn.forEach((a, i) => {
    for (const b of drawn.slice(i + 1)) {
      const [p, q] = [a.box, b.box];
      if (p && q && p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) overlaps++;
    }
  });
  const onScreen = labels.filter((label) => label.node && label.onScreen);
  const covered = drawn.filter(({ box: p }) =>
    overlays.some((q) => p && p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2),
  ).length;
  return {
    overlaps,
    covered,
    smallestPx: Math.min(...drawn.map((label) => label.px)),
    named: onScreen.filter((label) => label.drawn).length,
    onScreen: onScreen.length,
  };
}

async function opened(viewport: { width: number; height: number }, fit: boolean) {
  const app = await openApp("", viewport);
  await app.page.waitForFunction(() => window.__entente?.nodePosition?.("bezos") != null);
  if (fit) await app.page.getByRole("button", { name: "Fit", exact: true }).click();
  await nextFrames(app.page);
  return app;
}

describeE2E("labels you can read on the article graph at its opening step", () => {
  it.each([
    [1440, 900, true],
    [1280, 720, true],
    // The phone opens on the main actors; Fit would show everything, too small to name.
    [390, 844, false],
  ] as const)(
    "at %i×%i: no overlaps, none under the buttons or legend, no label under 12 px, at least 60 percent of nodes named",
    async (width, height, fit) => {
      const app = await opened({ width, height }, fit);
      try {
        const figures = await measure(app.page);
        await screenshot(app.page, `opening-${width}x${height}`);
        console.log(
          `labels ${width}×${height}: ${figures.overlaps} overlaps, ${figures.covered} under the buttons or legend, smallest ${figures.smallestPx.toFixed(1)} px, ` +
            `${figures.named}/${figures.onScreen} nodes on screen named (${Math.round((100 * figures.named) / figures.onScreen)}%)`,
        );
        expect(figures.overlaps).toBe(0);
        expect(figures.covered).toBe(0);
        expect(figures.smallestPx).toBeGreaterThanOrEqual(12);
        expect(figures.onScreen).toBeGreaterThan(0);
        expect(figures.named / figures.onScreen).toBeGreaterThanOrEqual(0.6);
        expect(await app.problems()).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );

  it("moves names out from under the legend on a phone when it opens", async () => {
    const app = await opened({ width: 390, height: 844 }, false);
    try {
      await app.page.getByRole("button", { name: "Legend" }).click();
      await nextFrames(app.page);
      const figures = await measure(app.page);
      expect(figures.covered).toBe(0);
      expect(figures.overlaps).toBe(0);
    } finally {
      await app.close();
    }
  });

  it("stays readable after zooming out", async () => {
    const app = await opened({ width: 1440, height: 900 }, true);
    try {
      await app.page.getByRole("button", { name: "Zoom out" }).click();
      await app.page.getByRole("button", { name: "Zoom out" }).click();
      await nextFrames(app.page);
      const zoomedOut = await measure(app.page);
      expect(zoomedOut.overlaps).toBe(0);
      expect(zoomedOut.smallestPx).toBeGreaterThanOrEqual(12);
    } finally {
      await app.close();
    }
  });

  it("places names again once the timeline rests after a run of steps", async () => {
    const app = await opened({ width: 1440, height: 900 }, true);
    try {
      const timeline = app.page.getByRole("slider", { name: "Timeline" });
      await timeline.focus();
      for (const key of ["Home", "ArrowRight", "ArrowRight", "End"]) await timeline.press(key);
      await app.page.waitForFunction(() => window.__entente?.labelsPending() === false);
      await nextFrames(app.page);
      const rested = await measure(app.page);
      expect(rested.overlaps).toBe(0);
      expect(rested.named / rested.onScreen).toBeGreaterThanOrEqual(0.6);
    } finally {
      await app.close();
    }
  });
});

describeE2E("a pair's count on the canvas", () => {
  /** The Bezos–Trump line's label as drawn, or null when it is hidden. */
  const bezosTrump = (page: Page) =>
    page.evaluate(() => {
      const line = (window.__entente?.labels() ?? []).find(
        (label) => label.id.slice(1) === "e-bezos-met-trump",
      );
      return line?.drawn ? line.text : null;
    });

  it.each([
    [1440, 900, true],
    [1280, 720, true],
    [390, 844, false],
  ] as const)(
    "is drawn on Bezos–Trump at %i×%i: alone, with Bezos selected, and with the line selected",
    async (width, height, fit) => {
      const app = await opened({ width, height }, fit);
      try {
        expect(await bezosTrump(app.page)).toBe("×2");
        const entities = app.page.getByRole("list", { name: "Entities" });
        await entities.getByRole("button", { name: /^Jeff Bezos/ }).click();
        await nextFrames(app.page);
        expect(await bezosTrump(app.page)).toBe("×2");
        const relationships = app.page.getByRole("list", { name: "Relationships", exact: true });
        await relationships
          .getByRole("button", { name: /met with/ })
          .first()
          .click();
        await nextFrames(app.page);
        expect(await bezosTrump(app.page)).toMatch(/^(met with )?×2$/);
        expect((await measure(app.page)).overlaps).toBe(0);
      } finally {
        await app.close();
      }
    },
  );
});

describeE2E("what changed, readable at the opening zoom", () => {
  it("signs the warmed and soured lines from January to July 2025 after Fit, overlapping nothing", async () => {
    const app = await opened({ width: 1440, height: 900 }, true);
    try {
      const { page } = app;
      await openTab(page, "Changes");
      await page
        .getByRole("combobox", { name: "From step" })
        .selectOption({ label: "January 2025" });
      await page.getByRole("combobox", { name: "To step" }).selectOption({ label: "July 2025" });
      await nextFrames(page);
      const signs = await page.evaluate(() =>
        Object.fromEntries(
          (window.__entente?.labels() ?? [])
            .filter((label) => label.drawn && /^[▲▼●□◆]/.test(label.text))
            .map((label) => [label.id.slice(1), label.text.slice(0, 1)]),
        ),
      );
      expect(signs).toMatchObject({ "e-bezos-met-trump": "▲", "e-musk-fell-out-trump": "▼" });
      expect(Object.keys(signs).length).toBeGreaterThanOrEqual(8);
      const figures = await measure(page);
      expect(figures.overlaps).toBe(0);
      expect(figures.smallestPx).toBeGreaterThanOrEqual(12);
    } finally {
      await app.close();
    }
  });
});

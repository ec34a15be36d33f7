import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeE2E, openApp, openTab, screenshot } from "./browser";
import { harbourWith } from "./fixtures/graphs";

// One name of 1,040 characters without a space, one of 2,000 with spaces, a 500-character
// relation, a 300-character period and a story step whose title is a single 400-character word.
const UNBROKEN = "Unbrokenlabel".repeat(80);
const LONG_TEXT = harbourWith((doc) => {
  const [first, second] = doc.nodes as Record<string, unknown>[];
  const [edge] = doc.edges as Record<string, unknown>[];
  if (first) first.label = UNBROKEN;
  if (second) second.label = "A very long name with spaces that goes on and on ".repeat(40).trim();
  if (edge) edge.relation = "R".repeat(500);
  doc.periods = [
    { id: "p1", label: "Period".repeat(50), start: "2000", end: "2015" },
    { id: "p2", label: "Later", start: "2016", end: "2035" },
  ];
  doc.story = [{ title: "S".repeat(400), text: "T".repeat(2000), nodes: [], edges: [] }];
});

const PHONE = { width: 320, height: 740 };

async function openLong(page: Page) {
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.getByLabel("Open graph file").setInputFiles({
    name: "long.json",
    mimeType: "application/json",
    buffer: Buffer.from(LONG_TEXT),
  });
  await page.getByText("Loaded from file long.json").waitFor({ timeout: 20_000 });
}

/** How far the page scrolls sideways: 0 when everything stays inside the screen. */
const sideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describeE2E("long names and titles", () => {
  it("never scroll the page sideways at 320 px: timeline, story, claims, details", async () => {
    const app = await openApp("", PHONE);
    try {
      await openLong(app.page);
      expect(await sideScroll(app.page)).toBe(0);
      await app.page.getByRole("button", { name: UNBROKEN }).first().click();
      expect(await sideScroll(app.page)).toBe(0);
      await openTab(app.page, "Claims");
      expect(await sideScroll(app.page)).toBe(0);
      await app.page.getByRole("button", { name: "Story" }).first().click();
      await app.page.getByRole("heading", { name: "S".repeat(400) }).waitFor();
      expect(await sideScroll(app.page)).toBe(0);
      await screenshot(app.page, "long-labels-320");
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("cuts names on the timeline and in the claims table, keeping them whole for screen readers", async () => {
    const app = await openApp();
    try {
      await openLong(app.page);
      expect(await app.page.locator(".timeline-tick-label").first().textContent()).toBe(
        `${"Period".repeat(4)}Perio…`,
      );
      await openTab(app.page, "Claims");
      const claim = app.page.getByRole("button", { name: /R{500}/ });
      const shown = (await claim.first().textContent()) ?? "";
      expect(Array.from(shown)).toHaveLength(120);
      expect(shown.endsWith("…")).toBe(true);
      await screenshot(app.page, "long-labels-1440x900");
    } finally {
      await app.close();
    }
  });
});

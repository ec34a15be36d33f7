import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, openApp, screenshot } from "./browser";

const article = readFileSync(new URL("../../data/article.txt", import.meta.url), "utf8");

/** The article graph's timeline, as data/graph.json has it: what each step adds, up to it. */
const ARTICLE_STEPS = [
  {
    label: "Before 2025",
    relationships: 22,
    newEntities: [
      "Amazon",
      "Big Tech",
      "Blue Origin",
      "Dave Limp",
      "Donald Trump",
      "Dulles International Airport",
      "Elon Musk",
      "Federal contracts",
      "Gulfstream G700",
      "Jeff Bezos",
      "Project Kuiper",
      "Representative for Bezos",
      "SpaceX",
      "Starlink",
      "Tesla",
      "The Washington Post",
      "Trump’s re-election campaign",
      "Washington, D.C.",
    ],
  },
  {
    label: "January 2025",
    relationships: 45,
    newEntities: [
      "$1 million donation",
      "Bezos–Trump calls",
      "Government efficiency task force",
      "Inauguration committee",
      "LEO satellite internet contract",
      "Limp’s White House trips",
      "Other tech leaders",
      "Praise for the Post’s editorial shift",
      "The Trump administration",
      "The Wall Street Journal",
      "The White House",
      "Trump’s second inauguration",
    ],
  },
  {
    label: "April 2025",
    relationships: 51,
    newEntities: ["April praise for Bezos", "Assurance on tariff surcharges"],
  },
  {
    label: "July 2025",
    relationships: 66,
    newEntities: [
      "CNBC",
      "Flight to Dulles",
      "Jack Sweeney",
      "Private White House meeting",
      "Trump–Musk breakdown",
    ],
  },
  { label: "All time", relationships: 66, newEntities: [] },
] as const;

const listNames = async (page: Page, list: string) =>
  page
    .getByRole("list", { name: list, exact: true })
    .getByRole("listitem")
    .getByRole("button")
    .evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute("aria-label") ?? b.textContent ?? ""),
    );

const timeline = (page: Page) => page.getByRole("slider", { name: "Timeline" });

async function goToStep(page: Page, label: string) {
  const slider = timeline(page);
  await slider.focus();
  await slider.press("Home");
  for (let i = 0; i < 10 && (await slider.getAttribute("aria-valuetext")) !== label; i++) {
    await slider.press("ArrowRight");
  }
  expect(await slider.getAttribute("aria-valuetext")).toBe(label);
  // The lists follow a step as a deferred render, aria-busy until their rows are this step's.
  await expect.poll(() => page.locator('ul[aria-busy="true"]').count()).toBe(0);
}

const relationships = (page: Page) => listNames(page, "Relationships");
const has = (names: string[], ...parts: string[]) =>
  names.some((name) => parts.every((part) => name.includes(part)));

describeE2E("the explorer on the article graph", () => {
  it("shows exactly the article's entities and relationships at every timeline step", async () => {
    const app = await openApp();
    try {
      const shown: string[] = [];
      for (const step of ARTICLE_STEPS) {
        await goToStep(app.page, step.label);
        // "Up to" a step keeps everything from the steps before: each adds what it names.
        shown.push(...step.newEntities);
        expect((await listNames(app.page, "Entities")).sort()).toEqual([...shown].sort());
        expect(await relationships(app.page)).toHaveLength(step.relationships);
      }
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("tells the story of the stances: the feud cools, the Musk alliance sours", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await goToStep(page, "Before 2025");
      let names = await relationships(page);
      expect(has(names, "Jeff Bezos", "Donald Trump", "(rivalry)")).toBe(true);
      expect(has(names, "Jeff Bezos", "Donald Trump", "(alliance)")).toBe(false);

      await goToStep(page, "January 2025");
      expect(await listNames(page, "Entities")).not.toContain("Private White House meeting");

      await goToStep(page, "April 2025");
      names = await relationships(page);
      expect(has(names, "Jeff Bezos improving relations with Donald Trump", "(alliance)")).toBe(
        true,
      );
      expect(has(names, "Elon Musk backed Donald Trump", "(alliance)")).toBe(true);
      expect(has(names, "Elon Musk fell out with Donald Trump")).toBe(false);

      await goToStep(page, "July 2025");
      expect(await listNames(page, "Entities")).toContain("Private White House meeting");
      names = await relationships(page);
      expect(has(names, "Elon Musk fell out with Donald Trump", "(rivalry)")).toBe(true);
      // The old alliance is still listed, but marked as past.
      const backed = page
        .getByRole("list", { name: "Relationships", exact: true })
        .getByRole("button", { name: /Elon Musk backed Donald Trump/ });
      await expect(backed.getAttribute("aria-describedby")).resolves.toBeTruthy();
      await screenshot(page, "explorer-july-2025");
    } finally {
      await app.close();
    }
  });

  it("selects a node clicked on the canvas and quotes the article verbatim", async () => {
    const app = await openApp();
    const { page } = app;
    try {
      await page.waitForFunction(() => window.__entente?.nodePosition?.("bezos") != null);
      const at = await page.evaluate(() => window.__entente?.nodePosition?.("bezos"));
      if (!at) throw new Error("Jeff Bezos is not drawn");
      await page.mouse.click(at.x, at.y);
      const details = page.getByRole("region", { name: "Details" });
      // An element's details load with the first selection when the page has not preloaded them.
      await details.getByRole("heading", { name: "Jeff Bezos" }).waitFor();
      await expect(details.getByRole("heading", { name: "Jeff Bezos" }).isVisible()).resolves.toBe(
        true,
      );
      const quotes = await details.locator("blockquote").allTextContents();
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(article).toContain(quote.trim());
      const marks = await page
        .getByRole("region", { name: "Source" })
        .locator("mark")
        .allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(article).toContain(mark);
      await screenshot(page, "explorer-canvas-click");
    } finally {
      await app.close();
    }
  });

  it("selects from the list, keeps the view in the URL, and walks selections with back/forward", async () => {
    const app = await openApp("?t=apr-2025&mode=during");
    const { page } = app;
    try {
      expect(await timeline(page).getAttribute("aria-valuetext")).toBe("April 2025");
      const entities = page.getByRole("list", { name: "Entities", exact: true });
      await entities.getByRole("button", { name: "Elon Musk", exact: true }).click();
      await entities.getByRole("button", { name: "Jeff Bezos", exact: true }).click();
      const details = page.getByRole("region", { name: "Details" });
      await details.getByRole("heading", { name: "Jeff Bezos" }).waitFor();
      expect(page.url()).toContain("sel=bezos");

      await page.reload();
      await details.getByRole("heading", { name: "Jeff Bezos" }).waitFor();
      expect(await timeline(page).getAttribute("aria-valuetext")).toBe("April 2025");
      expect(await page.getByRole("radio", { name: "During" }).isChecked()).toBe(true);

      await page.goBack();
      await details.getByRole("heading", { name: "Elon Musk" }).waitFor();
      await page.goForward();
      await details.getByRole("heading", { name: "Jeff Bezos" }).waitFor();
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it.each([
    ["desktop", { width: 1440, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const)("has no WCAG 2 A/AA violations on %s", async (name, viewport) => {
    const app = await openApp("?t=jul-2025&sel=e-musk-fell-out-trump", viewport);
    try {
      await app.page
        .getByRole("region", { name: "Details" })
        .locator("blockquote")
        .first()
        .waitFor();
      const results = await new AxeBuilder({ page: app.page })
        .withTags(["wcag2a", "wcag2aa"])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary).toEqual([]);
      await screenshot(app.page, `explorer-${name}`);
    } finally {
      await app.close();
    }
  });
});

import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, openApp, openTab } from "./browser";

const ready = (page: Page) =>
  page.waitForFunction(() => window.__entente?.nodePosition?.("bezos") != null);

/** What has focus: its accessible-ish name, and whether it is on screen and drawn. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null || element === document.body) return { id: "", name: "", visible: false };
    const box = element.getBoundingClientRect();
    const onScreen = box.bottom > 0 && box.top < innerHeight && box.width > 0 && box.height > 0;
    return {
      id: element.id,
      name: element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "",
      visible: onScreen && element.checkVisibility({ visibilityProperty: true }),
    };
  });

/** Picks the article's first paragraph as a passage, the way a keyboard user does. */
async function pickPassage(page: Page) {
  const paragraph = page.locator(".source-text > p").nth(1);
  await paragraph.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("region", { name: "Passage" }).waitFor();
}

const allRules = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );

describeE2E("the keyboard", () => {
  it("meets the skip links first, and each lands on something visible", async () => {
    const app = await openApp();
    try {
      await ready(app.page);
      await app.page.keyboard.press("Tab");
      expect(await focused(app.page)).toMatchObject({ name: "Skip to graph", visible: true });
      await app.page.keyboard.press("Tab");
      expect((await focused(app.page)).name).toBe("Skip to details");
      await app.page.keyboard.press("Enter");
      expect(await focused(app.page)).toMatchObject({ id: "details", visible: true });

      // With a passage picked and another tab open, Details still has somewhere to land.
      await pickPassage(app.page);
      await openTab(app.page, "Connections");
      await app.page.getByRole("link", { name: "Skip to details" }).focus();
      await app.page.keyboard.press("Enter");
      expect(await focused(app.page)).toMatchObject({ id: "details", visible: true });
      expect(await app.page.getByRole("region", { name: "Passage" }).isVisible()).toBe(true);

      for (const [link, id] of [
        ["Skip to graph", "graph"],
        ["Skip to filters and lists", "lists"],
      ] as const) {
        await app.page.getByRole("link", { name: link }).focus();
        await app.page.keyboard.press("Enter");
        expect(await focused(app.page)).toMatchObject({ id, visible: true });
      }
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("reaches the article's paragraphs at one tab stop", async () => {
    const app = await openApp();
    try {
      await ready(app.page);
      const paragraphs = app.page.locator(".source-text > p");
      expect(await paragraphs.count()).toBe(15);
      expect(await app.page.locator('.source-text > p[tabindex="0"]').count()).toBe(1);
    } finally {
      await app.close();
    }
  });

  it("passes every axe rule, of any impact, at the opening step and with a passage picked", async () => {
    const app = await openApp();
    try {
      await ready(app.page);
      expect(await allRules(app.page)).toEqual([]);
      await pickPassage(app.page);
      expect(await allRules(app.page)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

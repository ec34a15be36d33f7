import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, openApp } from "./browser";

const timeline = (page: Page) => page.getByRole("slider", { name: "Timeline" });
const pastRelationships = (page: Page) =>
  page.getByRole("list", { name: "Relationships", exact: true }).locator(".list-button--past");
const ready = (page: Page) =>
  page.waitForFunction(() => window.__entente?.nodePosition?.("bezos") != null);

/** The relationships the canvas draws between Jeff Bezos and Donald Trump. */
const bezosTrumpLines = (page: Page) =>
  page.evaluate(() =>
    (window.__entente?.labels() ?? [])
      .map((element) => element.id.slice(1))
      .filter((id) =>
        [
          "e-bezos-feud-trump",
          "e-bezos-warms-trump",
          "e-trump-praised-bezos",
          "e-bezos-met-trump",
        ].includes(id),
      ),
  );

describeE2E("the story at a glance", () => {
  it("opens on the present: July 2025, with ended relationships marked past", async () => {
    const app = await openApp();
    try {
      await ready(app.page);
      expect(await timeline(app.page).getAttribute("aria-valuetext")).toBe("July 2025");
      expect(new URL(app.page.url()).searchParams.has("t")).toBe(false);
      expect(await pastRelationships(app.page).count()).toBe(20);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("fades ended relationships up to All time too", async () => {
    const app = await openApp("?t=all");
    try {
      await ready(app.page);
      expect(await timeline(app.page).getAttribute("aria-valuetext")).toBe("All time");
      expect(await pastRelationships(app.page).count()).toBe(20);
    } finally {
      await app.close();
    }
  });

  it("draws one line per pair, in the pair's stance at the chosen time", async () => {
    const app = await openApp("?t=background");
    try {
      await ready(app.page);
      expect(await bezosTrumpLines(app.page)).toEqual(["e-bezos-feud-trump"]);
      await timeline(app.page).focus();
      await timeline(app.page).press("End");
      await timeline(app.page).press("ArrowLeft");
      expect(await timeline(app.page).getAttribute("aria-valuetext")).toBe("July 2025");
      expect(await bezosTrumpLines(app.page)).toEqual(["e-bezos-met-trump"]);
    } finally {
      await app.close();
    }
  });

  it("shows a pair's stance history in Details, oldest first", async () => {
    const app = await openApp("?sel=e-bezos-met-trump");
    try {
      const history = app.page
        .getByRole("region", { name: "Details" })
        .getByRole("list", { name: "Stance history" })
        .getByRole("listitem");
      // Details' code loads with the first selection.
      await history.first().waitFor();
      const lines = await history.evaluateAll((items) =>
        items.map((item) => item.querySelector("strong, button")?.textContent ?? ""),
      );
      expect(lines).toEqual([
        "Jeff Bezos feuded with Donald Trump",
        "Jeff Bezos improving relations with Donald Trump",
        "Donald Trump called “terrific” Jeff Bezos",
        "Jeff Bezos met with Donald Trump",
      ]);
      await history.getByRole("button", { name: "Jeff Bezos feuded with Donald Trump" }).click();
      expect(new URL(app.page.url()).searchParams.get("sel")).toBe("e-bezos-feud-trump");
    } finally {
      await app.close();
    }
  });

  it("searches by name and alias, and quote text only when asked, keeping that in the link", async () => {
    const app = await openApp("?t=all");
    try {
      const { page } = app;
      await ready(page);
      const entities = () =>
        page
          .getByRole("list", { name: "Entities" })
          .getByRole("button")
          .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")));
      const search = page.getByRole("searchbox", { name: "Search" });
      await search.fill("amazon founder");
      await expect.poll(entities).toEqual(["Jeff Bezos"]);
      await search.fill("president");
      await expect.poll(entities).toEqual(["Donald Trump"]);
      await search.fill("bezo");
      // Four names say Bezos; quotes would add most of the graph ("Bezo" matched 23 of 37).
      await expect
        .poll(entities)
        .toEqual([
          "April praise for Bezos",
          "Bezos–Trump calls",
          "Jeff Bezos",
          "Representative for Bezos",
        ]);
      await page.getByRole("checkbox", { name: "Also search quotes" }).check();
      await expect.poll(async () => (await entities()).length).toBeGreaterThan(4);
      expect(new URL(page.url()).searchParams.get("quotes")).toBe("1");
    } finally {
      await app.close();
    }
  });

  it("lets a story step in the link set its own period", async () => {
    const app = await openApp("?story=3&t=background");
    try {
      await ready(app.page);
      expect(await timeline(app.page).getAttribute("aria-valuetext")).toBe("July 2025");
    } finally {
      await app.close();
    }
  });

  it("reads on a phone: graph, details, search, then the article; a selection brings Details into view", async () => {
    const app = await openApp("", { width: 390, height: 844 });
    try {
      const { page } = app;
      await ready(page);
      const top = async (locator: ReturnType<Page["getByRole"]>) =>
        (await locator.boundingBox())?.y ?? Number.NaN;
      const graph = await top(page.getByRole("button", { name: "Fit", exact: true }));
      const details = await top(page.getByRole("region", { name: "Details" }));
      const search = await top(page.getByRole("searchbox").first());
      const source = await top(page.getByRole("region", { name: "Source" }));
      expect(graph).toBeLessThan(details);
      expect(details).toBeLessThan(search);
      expect(search).toBeLessThan(source);

      await page
        .getByRole("list", { name: "Entities", exact: true })
        .getByRole("button")
        .first()
        .click();
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const box = await page.getByRole("region", { name: "Details" }).boundingBox();
      expect(box).not.toBeNull();
      expect(box && box.y >= -1 && box.y < 844 - 120).toBe(true);
    } finally {
      await app.close();
    }
  });

  it("re-lays out what is on show and keeps the selection in view", async () => {
    const app = await openApp("?t=jan-2025&sel=musk");
    try {
      const { page } = app;
      await ready(page);
      const where = () => page.evaluate(() => window.__entente?.nodePosition("musk") ?? null);
      const before = await where();
      await page.getByRole("button", { name: "Re-layout" }).click();
      await page.waitForFunction(
        (old) => JSON.stringify(window.__entente?.nodePosition("musk")) !== old,
        JSON.stringify(before),
      );
      const after = await where();
      const pane = await page.getByRole("group", { name: "Relationship graph" }).boundingBox();
      expect(after).not.toBeNull();
      expect(pane).not.toBeNull();
      if (after && pane) {
        expect(after.x).toBeGreaterThan(pane.x);
        expect(after.x).toBeLessThan(pane.x + pane.width);
        expect(after.y).toBeGreaterThan(pane.y);
        expect(after.y).toBeLessThan(pane.y + pane.height);
      }
    } finally {
      await app.close();
    }
  });
});

import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeE2E, openApp, screenshot } from "./browser";
import {
  articleGraph,
  BIG_TEXT,
  BROKEN_TEXT,
  HARBOUR,
  HARBOUR_PATH,
  HARBOUR_TEXT,
  loaded,
  MANY_TEXT,
  stepLabels,
} from "./fixtures/graphs";

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
// Loading, parsing and laying out take a moment, more on a busy CI machine.
const SLOW = { timeout: 10_000 };
/** Every timeline step's name, as its tick's tooltip gives it in full. */
const ticks = (page: Page) =>
  page
    .locator(".timeline-tick")
    .evaluateAll((t) => t.map((tick) => tick.getAttribute("title") ?? ""));

async function expectHarbour(page: Page, origin: string) {
  await expect.poll(() => heading(page).textContent(), SLOW).toBe(HARBOUR.title);
  expect(await ticks(page)).toEqual(stepLabels(HARBOUR));
  const article = stepLabels(articleGraph()).filter((label) => label !== "All time");
  expect((await ticks(page)).filter((label) => article.includes(label))).toEqual([]);
  expect(await page.getByRole("banner").textContent()).toContain(`Loaded from ${origin}`);
  await expect.poll(() => page.getByRole("status").first().textContent(), SLOW).toBe("");
}

/** Drops a file built in the page, as the operating system would hand it over. */
async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, body]) => {
      const data = new DataTransfer();
      data.items.add(new File([body], fileName, { type: "application/json" }));
      return data;
    },
    [name, text] as const,
  );
  await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
  await page.getByText("Drop a graph file to open it").waitFor();
  await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
}

describeE2E("opening a graph file", () => {
  it("opens a file picked with the Open button", async () => {
    const app = await openApp();
    try {
      await heading(app.page).waitFor();
      await app.page.getByLabel("Open graph file").setInputFiles(HARBOUR_PATH);
      await expectHarbour(app.page, "file harbour-cooperative.json");
      expect(await app.problems()).toEqual([]);
      await screenshot(app.page, "open-file-1440x900");
    } finally {
      await app.close();
    }
  });

  it("reopens the last file on reload, named, until Back to the article", async () => {
    const app = await openApp();
    try {
      const articleTitle = articleGraph().title;
      await heading(app.page).waitFor();
      await app.page.getByLabel("Open graph file").setInputFiles(HARBOUR_PATH);
      await expectHarbour(app.page, "file harbour-cooperative.json");
      await app.page
        .getByRole("region", { name: "Filters and lists" })
        .getByRole("button", { name: "Hiroshi Ōtsuka", exact: true })
        .click();
      const details = app.page.getByRole("region", { name: "Details" });
      await details.getByRole("heading", { level: 2, name: "Hiroshi Ōtsuka" }).waitFor();

      await app.page.reload();
      await expectHarbour(app.page, "file harbour-cooperative.json");
      await app.page.getByText("Opened from harbour-cooperative.json").waitFor();
      // The file's view came back with it.
      await details.getByRole("heading", { level: 2, name: "Hiroshi Ōtsuka" }).waitFor();
      await screenshot(app.page, "reopened-file-1440x900");

      await app.page.getByRole("button", { name: "Back to the article" }).click();
      await expect.poll(() => heading(app.page).textContent(), SLOW).toBe(articleTitle);
      await app.page.reload();
      await expect.poll(() => heading(app.page).textContent(), SLOW).toBe(articleTitle);
      expect(await app.page.getByText(/^Opened from/).count()).toBe(0);
      expect(new URL(app.page.url()).searchParams.has("file")).toBe(false);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("opens a file dropped anywhere on the page", async () => {
    const app = await openApp();
    try {
      await heading(app.page).waitFor();
      await dropFile(app.page, "harbour.json", HARBOUR_TEXT);
      await expectHarbour(app.page, "file harbour.json");
      expect(await app.page.getByText("Drop a graph file to open it").count()).toBe(0);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("opens a graph named by ?graph= and keeps the link's view", async () => {
    const app = await openApp("?graph=examples/harbour-cooperative.json&sel=otsuka");
    try {
      await expectHarbour(app.page, "harbour-cooperative.json");
      const details = app.page.getByRole("region", { name: "Details" });
      expect(await details.getByRole("heading", { level: 2 }).textContent()).toBe("Hiroshi Ōtsuka");
      expect(new URL(app.page.url()).searchParams.get("graph")).toBe(
        "examples/harbour-cooperative.json",
      );
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("parses a big file in a worker", async () => {
    const app = await openApp();
    try {
      await heading(app.page).waitFor();
      const buffer = Buffer.from(BIG_TEXT);
      expect(buffer.length).toBeGreaterThan(1_000_000);
      await app.page
        .getByLabel("Open graph file")
        .setInputFiles({ name: "long.json", mimeType: "application/json", buffer });
      await expect.poll(() => heading(app.page).textContent(), SLOW).toBe(loaded(BIG_TEXT).title);
      const scripts = await app.page.evaluate(() =>
        performance.getEntriesByType("resource").map((entry) => entry.name),
      );
      expect(scripts.some((name) => /parse\.worker-[\w-]+\.js$/.test(name))).toBe(true);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("draws a big graph a slice at a time, saying how far it has got", async () => {
    const app = await openApp();
    try {
      await heading(app.page).waitFor();
      // Every text the status line shows, however briefly.
      await app.page.evaluate(() => {
        const seen: string[] = [];
        Object.assign(window, { statusesSeen: seen });
        const status = document.querySelector(".app-bar-status");
        new MutationObserver(() => seen.push(status?.textContent ?? "")).observe(status!, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
      await app.page.getByLabel("Open graph file").setInputFiles({
        name: "crowded.json",
        mimeType: "application/json",
        buffer: Buffer.from(MANY_TEXT),
      });
      const { nodes, edges } = loaded(MANY_TEXT);
      await app.page.waitForFunction(
        (count) => Object.keys(window.__entente?.positions() ?? {}).length === count,
        nodes.length,
        { timeout: 120_000 },
      );
      const seen = await app.page.evaluate(
        () => (window as unknown as { statusesSeen: string[] }).statusesSeen,
      );
      const total = (nodes.length + edges.length).toLocaleString("en");
      // Slices are sized by time, so how many the first ones hold depends on the machine.
      const drawing = seen.filter((text) => text.endsWith(` of ${total} elements…`));
      expect(drawing[0]).toBe(`Drawing 1,000 of ${total} elements…`);
      await expect.poll(() => app.page.getByRole("status").first().textContent(), SLOW).toBe("");
      expect(await app.page.evaluate(() => window.__entente?.shownNodes())).toBeGreaterThan(2400);
      // Laid out while off the canvas: every node in a place of its own, none left at the origin.
      const places = await app.page.evaluate(() =>
        Object.values(window.__entente?.positions() ?? {}).map(
          ({ x, y }) => `${Math.round(x)},${Math.round(y)}`,
        ),
      );
      expect(new Set(places).size).toBe(nodes.length);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("keeps the article graph and lists every problem of a broken file", async () => {
    const app = await openApp();
    try {
      const title = articleGraph().title;
      await heading(app.page).waitFor();
      const buffer = Buffer.from(BROKEN_TEXT);
      await app.page
        .getByLabel("Open graph file")
        .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer });
      const alert = app.page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
      expect(await alert.textContent()).toContain("nodes[0].kind");
      expect(await alert.textContent()).toContain("edges[0].target");
      expect(await heading(app.page).textContent()).toBe(title);
      await screenshot(app.page, "open-broken-1440x900");
      await app.page.setViewportSize({ width: 390, height: 844 });
      await screenshot(app.page, "open-broken-390x844");
      await alert.getByRole("button", { name: "Dismiss" }).click();
      expect(await app.page.getByRole("alert").count()).toBe(0);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("explains a ?graph= address that answers with a web page", async () => {
    const app = await openApp("?graph=examples/missing.json");
    try {
      const alert = app.page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("The server sent a web page, not a graph file.");
      expect(await heading(app.page).textContent()).toBe(articleGraph().title);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

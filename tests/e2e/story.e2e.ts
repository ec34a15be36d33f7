import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { loadGraph } from "../../src/domain/load/load";
import { storySteps } from "../../src/domain/story";
import { articleGraph } from "../helpers/articleGraph";
import type { Graph } from "../../src/domain/model/types";
import { stepIndex, timelineSteps } from "../../src/domain/view";
import { describeE2E, openApp, screenshot } from "./browser";
import type { OpenedApp } from "./browser";

const HARBOUR = "examples/harbour-cooperative.json";
const SLOW = { timeout: 10_000 };

function harbourGraph(): Graph {
  const text = readFileSync(new URL(`../../data/${HARBOUR}`, import.meta.url), "utf8");
  const result = loadGraph(text, {});
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.graph;
}

const periodLabel = (graph: Graph, period: string | null) =>
  timelineSteps(graph)[stepIndex(graph, period)]?.label;

/** Opens the app on a graph and waits until its title heads the page. */
async function open(graph: Graph, path = ""): Promise<OpenedApp> {
  const app = await openApp(path);
  await expect
    .poll(() => app.page.getByRole("heading", { level: 1 }).textContent(), SLOW)
    .toBe(graph.title);
  return app;
}

/** Runs `body` on a fresh page, then checks the page logged no errors on the way. */
async function withApp(graph: Graph, path: string, body: (page: Page) => Promise<void>) {
  const app = await open(graph, path);
  try {
    await body(app.page);
    expect(await app.problems()).toEqual([]);
  } finally {
    await app.close();
  }
}

// Out of the Source panel, whose paragraphs light the graph while pointed at.
const restPointer = (page: Page) => page.mouse.move(700, 60);

const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });
const combobox = (page: Page, name: string) => page.getByRole("combobox", { name, exact: true });

async function readStory(page: Page, graph: Graph) {
  const steps = storySteps(graph);
  await page.getByRole("button", { name: "Story", exact: true }).click();
  await restPointer(page);
  const story = page.getByRole("region", { name: "Story" });
  const next = story.getByRole("button", { name: /Next/ });
  await next.click();
  await next.click();
  const third = steps[2];
  expect(await story.textContent()).toContain(`Step 3 of ${steps.length}`);
  expect(await story.getByRole("heading").textContent()).toBe(third?.title);
  const slider = page.getByRole("slider", { name: "Timeline" });
  expect(await slider.getAttribute("aria-valuetext")).toBe(
    periodLabel(graph, third?.period ?? null),
  );
  const mark = page.locator("#source mark.source-step");
  expect(await mark.count()).toBe(1);
  expect(await mark.isVisible()).toBe(true);
  expect(new URL(page.url()).searchParams.get("story")).toBe("3");
}

async function pathItems(page: Page): Promise<string[]> {
  const path = page.getByRole("list", { name: "Path" });
  await path.waitFor();
  return path.getByRole("listitem").allTextContents();
}

describeE2E("reading the story through the graph (article)", () => {
  const graph = articleGraph();

  it("walks the story: step, timeline and marked paragraph move together", async () => {
    await withApp(graph, "", async (page) => {
      await readStory(page, graph);
      await screenshot(page, "story");
    });
  });

  it("connects Jack Sweeney to Elon Musk hop by hop, each with a quote", async () => {
    await withApp(graph, "", async (page) => {
      await tab(page, "Connections").click();
      await combobox(page, "From").selectOption({ label: "Jack Sweeney" });
      await combobox(page, "To").selectOption({ label: "Elon Musk" });
      const items = await pathItems(page);
      expect(items.length).toBeGreaterThan(1);
      expect(items[0]).toMatch(/^Jack Sweeney/);
      expect(items.at(-1)).toMatch(/Elon Musk/);
      expect(await page.locator(".hop blockquote").count()).toBe(items.length);
      await restPointer(page);
      await screenshot(page, "connections");
    });
  });

  it("lists what changed from January to July 2025", async () => {
    await withApp(graph, "", async (page) => {
      await tab(page, "Changes").click();
      expect(await combobox(page, "From step").inputValue()).toBe("0");
      await combobox(page, "From step").selectOption({ label: "January 2025" });
      await combobox(page, "To step").selectOption({ label: "July 2025" });
      const items = await page.getByRole("list", { name: "What changed" }).textContent();
      expect(items).toContain("Jeff Bezos – Donald Trump: warmed");
      expect(items).toContain("Elon Musk – Donald Trump: soured (alliance → rivalry)");
      await restPointer(page);
      await screenshot(page, "changes");
    });
  });

  it("tabulates who says so, sortable by certainty, widened over the page", async () => {
    await withApp(graph, "", async (page) => {
      await tab(page, "Claims").click();
      const table = page.getByRole("table", { name: "Claims" });
      const rows = table.locator("tbody tr");
      expect(await rows.count()).toBeGreaterThan(0);
      await page.getByRole("button", { name: "Widen table" }).click();
      const certainty = table.getByRole("columnheader", { name: /Certainty/ });
      await certainty.getByRole("button").click();
      expect(await certainty.getAttribute("aria-sort")).toBe("ascending");
      const badges = await rows.locator("td:nth-child(5)").allTextContents();
      const order = ["Confirmed", "Reported", "Speculative", "Unspecified"];
      const ranks = badges.map((b) => order.indexOf(b));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      await restPointer(page);
      await screenshot(page, "claims");
    });
  });

  it("reads along: a selected passage lists and lights what it supports", async () => {
    await withApp(graph, "", async (page) => {
      await page.evaluate(() => {
        const paragraph = [...document.querySelectorAll("#source p[data-start]")].find((p) =>
          p.textContent?.startsWith("Flight data reviewed"),
        );
        const text = paragraph?.firstChild;
        if (!paragraph || !text) throw new Error("paragraph not found");
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, "Flight data reviewed by aviation tracker Jack Sweeney showed".length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        paragraph.scrollIntoView({ block: "center" });
        paragraph.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      });
      const supports = page.getByRole("list", { name: "This passage supports" });
      const names = await supports.getByRole("button").allTextContents();
      expect(names).toContain("Jack Sweeney");
      expect(names).toContain("Jack Sweeney tracked Flight to Dulles (neutral)");
      await restPointer(page);
      await screenshot(page, "readalong");
      await supports.getByRole("button", { name: "Jack Sweeney", exact: true }).click();
      expect(
        await page
          .getByRole("region", { name: "Details" })
          .getByRole("heading")
          .first()
          .textContent(),
      ).toBe("Jack Sweeney");
    });
  });

  it("reaches everything from the keyboard: Tab into each area, arrows between tabs", async () => {
    await withApp(graph, "", async (page) => {
      const seen = new Set<string>();
      for (let i = 0; i < 160; i++) {
        await page.keyboard.press("Tab");
        seen.add(
          await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (el?.dataset.start !== undefined) return "paragraph";
            return `${el?.getAttribute("role") ?? el?.tagName}:${el?.textContent?.trim().slice(0, 40)}`;
          }),
        );
      }
      for (const wanted of ["tab:Details", "BUTTON:▶ Story", "paragraph"])
        expect([...seen]).toContain(wanted);

      await tab(page, "Details").focus();
      await page.keyboard.press("ArrowRight");
      expect(await tab(page, "Connections").getAttribute("aria-selected")).toBe("true");
      await page.keyboard.press("ArrowRight");
      expect(await tab(page, "Changes").evaluate((el) => el === document.activeElement)).toBe(true);
      // Out of the tab list, straight into the open panel's first control.
      await page.keyboard.press("Tab");
      const from = combobox(page, "From step");
      expect(await from.evaluate((el) => el === document.activeElement)).toBe(true);
      // The certainty filter is a radio group: Tab reaches it, arrows choose.
      await page.getByRole("radio", { name: "Everything (incl. speculation)" }).focus();
      await page.keyboard.press("ArrowUp");
      expect(new URL(page.url()).searchParams.get("certainty")).toBe("reported");
    });
  });
});

describeE2E("reading the story through the graph (example graph)", () => {
  const graph = harbourGraph();
  const path = `?graph=${HARBOUR}`;

  it("walks the example's story", async () => {
    await withApp(graph, path, (page) => readStory(page, graph));
  });

  it("connects, compares and tabulates the example too", async () => {
    await withApp(graph, path, async (page) => {
      await tab(page, "Connections").click();
      await combobox(page, "From").selectOption({ label: "Zoë Åkesson" });
      await combobox(page, "To").selectOption({ label: "Hiroshi Ōtsuka" });
      expect((await pathItems(page)).length).toBeGreaterThan(0);

      await tab(page, "Changes").click();
      const first = graph.periods[0]?.label;
      const last = graph.periods.at(-1)?.label;
      expect(await combobox(page, "From step").locator("option:checked").textContent()).toBe(first);
      expect(await combobox(page, "To step").locator("option:checked").textContent()).toBe(last);
      expect(
        await page.getByRole("list", { name: "What changed" }).getByRole("button").count(),
      ).toBeGreaterThan(0);

      await tab(page, "Claims").click();
      expect(
        await page.getByRole("table", { name: "Claims" }).locator("tbody tr").count(),
      ).toBeGreaterThan(0);
    });
  });
});

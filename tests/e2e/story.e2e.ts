import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeE2E, openApp, openTab, screenshot } from "./browser";
import type { OpenedApp } from "./browser";

const HARBOUR = "examples/harbour-cooperative.json";
const SLOW = { timeout: 10_000 };

/** What each graph is expected to show, as its file has it. */
interface Expected {
  title: string;
  story: { steps: number; third: string; thirdAt: string };
}

const ARTICLE: Expected = {
  title: "Bezos, Trump and Musk: shifting alliances in 2025",
  story: {
    steps: 13,
    third: "Amazon declined to comment on the meeting, and…",
    thirdAt: "July 2025",
  },
};

const HARBOUR_GRAPH: Expected = {
  title: "The harbour cooperative (fictional example)",
  story: {
    steps: 4,
    third: "According to the local paper Kystposten, the cooperative…",
    thirdAt: "September 2024",
  },
};

/** Opens the app on a graph and waits until its title heads the page. */
async function open(graph: Expected, path = ""): Promise<OpenedApp> {
  const app = await openApp(path);
  await expect
    .poll(() => app.page.getByRole("heading", { level: 1 }).textContent(), SLOW)
    .toBe(graph.title);
  return app;
}

/** Runs `body` on a fresh page, then checks the page logged no errors on the way. */
async function withApp(graph: Expected, path: string, body: (page: Page) => Promise<void>) {
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

async function readStory(page: Page, { story: expected }: Expected) {
  await page.getByRole("button", { name: "Story", exact: true }).click();
  await restPointer(page);
  const story = page.getByRole("region", { name: "Story" });
  const next = story.getByRole("button", { name: /Next/ });
  await next.click();
  await next.click();
  expect(await story.textContent()).toContain(`Step 3 of ${expected.steps}`);
  expect(await story.getByRole("heading").textContent()).toBe(expected.third);
  const slider = page.getByRole("slider", { name: "Timeline" });
  expect(await slider.getAttribute("aria-valuetext")).toBe(expected.thirdAt);
  const mark = page.locator("#source mark.source-step");
  expect(await mark.count()).toBe(1);
  expect(await mark.isVisible()).toBe(true);
  expect(new URL(page.url()).searchParams.get("story")).toBe("3");
}

const changeTexts = (page: Page) =>
  page.getByRole("list", { name: "What changed" }).locator(".change-text").allTextContents();

async function pathItems(page: Page): Promise<string[]> {
  const path = page.getByRole("list", { name: "Path" });
  await path.waitFor();
  return path.getByRole("listitem").allTextContents();
}

describeE2E("reading the story through the graph (article)", () => {
  const graph = ARTICLE;

  it("walks the story: step, timeline and marked paragraph move together", async () => {
    await withApp(graph, "", async (page) => {
      await readStory(page, graph);
      await screenshot(page, "story");
    });
  });

  it("connects Jack Sweeney to Elon Musk hop by hop, each with a quote", async () => {
    await withApp(graph, "", async (page) => {
      await openTab(page, "Connections");
      await combobox(page, "From").selectOption({ label: "Jack Sweeney" });
      await combobox(page, "To").selectOption({ label: "Elon Musk" });
      const items = await pathItems(page);
      const route = [
        "Jack Sweeney",
        "Flight to Dulles",
        "Gulfstream G700",
        "Jeff Bezos",
        "Elon Musk",
      ];
      expect(items).toHaveLength(4);
      items.forEach((item, i) => {
        expect(item).toContain(route[i]);
        expect(item).toContain(route[i + 1]);
      });
      expect(await page.locator(".hop blockquote").count()).toBe(4);
      await restPointer(page);
      await screenshot(page, "connections");
    });
  });

  it("connects Jack Sweeney to Donald Trump over July 2025's relationships, as one route", async () => {
    await withApp(graph, "", async (page) => {
      await openTab(page, "Connections");
      await combobox(page, "From").selectOption({ label: "Jack Sweeney" });
      await combobox(page, "To").selectOption({ label: "Donald Trump" });
      const items = await pathItems(page);
      expect(items).toHaveLength(4);
      expect(await page.locator(".route-count").textContent()).toBe("Shortest route · 4 steps");
      const last = await page.getByRole("list", { name: "Path" }).locator(".hop-link").last();
      expect(await last.textContent()).toBe("Jeff Bezos —met with→ Donald Trump");
      expect(await page.getByText("(past: ended before this step)").count()).toBe(0);
    });
  });

  it("lists what changed from January to July 2025", async () => {
    await withApp(graph, "", async (page) => {
      await openTab(page, "Changes");
      expect(await combobox(page, "From step").inputValue()).toBe("0");
      await combobox(page, "From step").selectOption({ label: "January 2025" });
      await combobox(page, "To step").selectOption({ label: "July 2025" });
      expect(await changeTexts(page)).toEqual([
        "Elon Musk – Donald Trump: soured (alliance → rivalry)",
        "Jeff Bezos – Donald Trump: warmed (alliance and rivalry → alliance)",
        "Amazon – Private White House meeting: began (neutral)",
        "CNBC – Private White House meeting: began (neutral)",
        "Dulles International Airport – Flight to Dulles: began (neutral)",
        "Elon Musk – The Trump administration: began (rivalry)",
        "Elon Musk – The White House: began (rivalry)",
        "Federal contracts – Private White House meeting: began (neutral)",
        "Flight to Dulles – Jack Sweeney: began (neutral)",
        "Gulfstream G700 – Flight to Dulles: began (neutral)",
        "Jeff Bezos – Private White House meeting: began (alliance)",
        "Private White House meeting – Donald Trump: began (alliance)",
        "Private White House meeting – The White House: began (neutral)",
        "$1 million donation – Inauguration committee: ended (alliance)",
        "Elon Musk – Government efficiency task force: ended (alliance)",
        "Jeff Bezos – $1 million donation: ended (alliance)",
        "Jeff Bezos – Trump’s second inauguration: ended (alliance)",
        "Trump’s second inauguration – Donald Trump: ended (neutral)",
        "Trump’s second inauguration – Inauguration committee: ended (neutral)",
        "Trump’s second inauguration – Other tech leaders: ended (alliance)",
      ]);
      await restPointer(page);
      await screenshot(page, "changes");
    });
  });

  it("tabulates who says so, sortable by certainty, widened over the page", async () => {
    await withApp(graph, "", async (page) => {
      await openTab(page, "Claims");
      const table = page.getByRole("table", { name: "Claims" });
      const rows = table.locator("tbody tr");
      // Every quote of every relationship: 72 in data/graph.json.
      expect(await rows.count()).toBe(72);
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
      // The passage's details load with the first pick when the page has not preloaded them.
      await supports.waitFor();
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
  const graph = HARBOUR_GRAPH;
  const path = `?graph=${HARBOUR}`;

  it("walks the example's story", async () => {
    await withApp(graph, path, (page) => readStory(page, graph));
  });

  it("connects, compares and tabulates the example too", async () => {
    await withApp(graph, path, async (page) => {
      await openTab(page, "Connections");
      await combobox(page, "From").selectOption({ label: "Zoë Åkesson" });
      await combobox(page, "To").selectOption({ label: "Hiroshi Ōtsuka" });
      const items = await pathItems(page);
      expect(items).toHaveLength(2);
      expect(items[0]).toContain("Sælbakke Harbour Cooperative");
      expect(items[1]).toContain("Hiroshi Ōtsuka");

      await openTab(page, "Changes");
      const checked = (name: string) =>
        combobox(page, name).locator("option:checked").textContent();
      expect(await checked("From step")).toBe("March 2024");
      expect(await checked("To step")).toBe("September 2024");
      expect(await changeTexts(page)).toEqual([
        "Ørsted-Nilsen Cannery – Sælbakke Harbour Cooperative: soured (alliance → rivalry)",
        "Ærøvik town council – Cold-store licence: began (alliance)",
        "Cold-store licence – Ingrid Ørsted-Nilsen: began (rivalry)",
        "North pier cold store – Ærøvik harbour: began (neutral)",
        "North pier cold store – Cold-store licence: began (neutral)",
        "Sælbakke Harbour Cooperative – Cold-store licence: began (alliance)",
        "Sælbakke Harbour Cooperative – Hiroshi Ōtsuka: began (alliance)",
        "Sælbakke Harbour Cooperative – Kystposten: began (neutral)",
        "Sælbakke Harbour Cooperative – Cooperative founded: ended (neutral)",
      ]);

      await openTab(page, "Claims");
      expect(await page.getByRole("table", { name: "Claims" }).locator("tbody tr").count()).toBe(
        16,
      );
    });
  });
});

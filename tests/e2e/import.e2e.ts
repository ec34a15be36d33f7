import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeE2E, openApp, screenshot } from "./browser";
import {
  lesMiserablesEdgeCsv,
  lesMiserablesGexf,
  lesMiserablesGraphology,
  sample,
} from "./fixtures/samples";

// One file of each format another tool writes, opened with the Open button as a reader would.
// See tests/fixtures/samples/README.md for where each file's shape comes from.

const SLOW = { timeout: 15_000 };
const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const counts = (page: Page) => page.locator(".app-counts").textContent();
/** Every timeline step's name, as its tick's tooltip gives it in full. */
const ticks = (page: Page) =>
  page
    .locator(".timeline-tick")
    .evaluateAll((t) => t.map((tick) => tick.getAttribute("title") ?? ""));
const reportTitle = (page: Page) =>
  page
    .getByRole("region", { name: "Import report" })
    .getByRole("heading", { level: 2 })
    .textContent();

type Picked = { name: string; text: string };
const file = ({ name, text }: Picked) => ({
  name,
  mimeType: "application/octet-stream",
  buffer: Buffer.from(text, "utf8"),
});

async function openFiles(page: Page, files: Picked[]) {
  await heading(page).waitFor();
  await page.getByLabel("Open graph file").setInputFiles(files.map(file));
}

async function expectOpened(page: Page, title: string, count: string) {
  await expect.poll(() => heading(page).textContent(), SLOW).toBe(title);
  await expect.poll(() => counts(page), SLOW).toBe(count);
}

const CASES: {
  name: string;
  files: () => Picked[];
  title: string;
  counts: string;
  report: string;
  ticks: string[];
}[] = [
  {
    name: "Gephi's Les Misérables GEXF",
    files: () => [{ name: "lesmiserables.gexf", text: lesMiserablesGexf() }],
    title: "lesmiserables.gexf",
    counts: "77 entities · 254 relationships · 0 periods · 331 with no source yet",
    report: "This is a GEXF 1.3 file (Gephi): opened lesmiserables.gexf",
    ticks: ["All time"],
  },
  {
    name: "the GEXF primer's dynamic graph",
    files: () => [{ name: "dynamic.gexf", text: sample("dynamic.gexf") }],
    title: "A Web network changing over time",
    counts: "4 entities · 5 relationships · 3 periods · 9 with no source yet",
    report: "This is a GEXF 1.3 file (Gexf.net): opened dynamic.gexf",
    ticks: ["January 2009", "February 2009", "March 2009", "All time"],
  },
  {
    name: "the GraphML primer's graph",
    files: () => [{ name: "primer.graphml", text: sample("primer.graphml") }],
    title: "primer.graphml",
    counts: "6 entities · 7 relationships · 0 periods · 13 with no source yet",
    report: "This is a GraphML file: opened primer.graphml",
    ticks: ["All time"],
  },
  {
    name: "a Cytoscape desktop .cyjs",
    files: () => [{ name: "galFiltered.cyjs", text: sample("galFiltered.cyjs") }],
    title: "galFiltered.sif",
    counts: "7 entities · 7 relationships · 0 periods · 14 with no source yet",
    report: "This is a Cytoscape .cyjs file (Cytoscape desktop): opened galFiltered.cyjs",
    ticks: ["All time"],
  },
  {
    name: "graphology JSON (Gephi Lite)",
    files: () => [{ name: "lesmiserables.json", text: lesMiserablesGraphology() }],
    title: "lesmiserables.json",
    counts: "77 entities · 254 relationships · 0 periods · 331 with no source yet",
    report: "This is a graphology JSON file (Gephi Lite, sigma.js): opened lesmiserables.json",
    ticks: ["All time"],
  },
  {
    name: "a JSON Graph Format file",
    files: () => [{ name: "car-makers.jgf.json", text: sample("car-makers.jgf.json") }],
    title: "Car Manufacturer Relationships",
    counts: "4 entities · 2 relationships · 0 periods · 6 with no source yet",
    report: "This is a JSON Graph Format file: opened car-makers.jgf.json",
    ticks: ["All time"],
  },
  {
    name: "an edge-list CSV",
    files: () => [{ name: "lesmiserables-edges.csv", text: lesMiserablesEdgeCsv() }],
    title: "lesmiserables-edges.csv",
    counts: "77 entities · 254 relationships · 0 periods · 331 with no source yet",
    report: "This is a CSV spreadsheet: opened lesmiserables-edges.csv",
    ticks: ["All time"],
  },
];

// Two alliances placed by the file, one with its own colour (Gephi writes viz:color on edges).
const COLOURED_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="edge"><attribute id="0" title="stance" type="string"/></attributes>
    <nodes>
      <node id="a" label="A"><viz:position x="-400" y="0" z="0"/></node>
      <node id="b" label="B"><viz:position x="0" y="0" z="0"/></node>
      <node id="c" label="C"><viz:position x="400" y="0" z="0"/></node>
    </nodes>
    <edges>
      <edge id="ab" source="a" target="b"><attvalues><attvalue for="0" value="alliance"/></attvalues><viz:color r="32" g="96" b="208"/></edge>
      <edge id="bc" source="b" target="c"><attvalues><attvalue for="0" value="alliance"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;

/**
 * The opaque colours the canvas's layers hold in a 7×7 px box around `at` (viewport
 * coordinates), as #rrggbb: what Cytoscape drew there, read from its own canvases.
 */
function inkNear(page: Page, at: { x: number; y: number }): Promise<string[]> {
  return page.evaluate(({ x, y }) => {
    const out = new Set<string>();
    for (const canvas of document.querySelectorAll("canvas")) {
      const box = canvas.getBoundingClientRect();
      const ctx = canvas.getContext("2d");
      if (!ctx || box.width === 0 || x < box.left || x > box.right) continue;
      const scale = canvas.width / box.width;
      const [left, top] = [(x - box.left) * scale - 3, (y - box.top) * scale - 3];
      const px = ctx.getImageData(Math.round(left), Math.round(top), 7, 7).data;
      for (let i = 0; i < px.length; i += 4) {
        if ((px[i + 3] ?? 0) < 250) continue;
        const rgb = [0, 1, 2].map((k) => (px[i + k] ?? 0).toString(16).padStart(2, "0"));
        out.add(`#${rgb.join("")}`);
      }
    }
    return [...out];
  }, at);
}

describeE2E("opening other tools' files", () => {
  it.each(CASES)("opens $name", async (c) => {
    const app = await openApp();
    try {
      await openFiles(app.page, c.files());
      await expectOpened(app.page, c.title, c.counts);
      expect(await reportTitle(app.page)).toBe(c.report);
      expect(await ticks(app.page)).toEqual(c.ticks);
      expect(await app.problems()).toEqual([]);
      await screenshot(app.page, `import-${c.files()[0]?.name ?? ""}-1440x900`);
    } finally {
      await app.close();
    }
  });

  it("opens a Kumu-style pair of sheets picked together, with its dates on the timeline", async () => {
    const app = await openApp();
    try {
      await openFiles(app.page, [
        { name: "kumu-elements.csv", text: sample("kumu-elements.csv") },
        { name: "kumu-connections.csv", text: sample("kumu-connections.csv") },
      ]);
      await expectOpened(
        app.page,
        "kumu-elements.csv + kumu-connections.csv",
        "6 entities · 7 relationships · 26 periods · 13 with no source yet",
      );
      const steps = await ticks(app.page);
      // Every year from the first start to the last; the ticks label some of them.
      expect(steps.length).toBe(27);
      expect([steps[0], steps.at(-1)]).toEqual(["2000", "All time"]);
      const list = app.page.getByRole("list", { name: "Relationships", exact: true });
      await expect
        .poll(() => list.getByRole("button", { name: /Elon Musk.*Donald Trump/ }).count(), SLOW)
        .toBe(2);
      await screenshot(app.page, "import-kumu-1440x900");
      // Nothing from a spreadsheet has a quote yet: "With a source" leaves nothing to show.
      await app.page.getByRole("radio", { name: "With a source" }).check();
      await expect.poll(() => list.getByRole("button").count(), SLOW).toBe(0);
      await app.page.getByRole("radio", { name: "No source yet" }).check();
      await expect.poll(() => list.getByRole("button").count(), SLOW).toBe(7);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("draws an edge in the colour its file gave it, and an uncoloured one in its stance's", async () => {
    const app = await openApp();
    try {
      const { page } = app;
      await openFiles(page, [{ name: "coloured.gexf", text: COLOURED_GEXF }]);
      await expectOpened(
        page,
        "coloured.gexf",
        "3 entities · 2 relationships · 0 periods · 5 with no source yet",
      );
      await page.waitForFunction(() => window.__entente?.nodePosition?.("c") != null);
      await page.evaluate(() => window.__entente?.settled());
      // A point a third of the way along each line: clear of the nodes and the midpoint's label.
      const along = (from: string, to: string) =>
        page.evaluate(
          ([a, b]) => {
            const [p, q] = [window.__entente?.nodePosition(a), window.__entente?.nodePosition(b)];
            if (!p || !q) throw new Error("not drawn");
            return { x: p.x + (q.x - p.x) / 3, y: p.y + (q.y - p.y) / 3 };
          },
          [from, to] as const,
        );
      expect(await inkNear(page, await along("a", "b"))).toContain("#2060d0");
      // The palette's alliance green in the light theme.
      expect(await inkNear(page, await along("b", "c"))).toContain("#1a7f4b");
      await screenshot(page, "import-edge-colours-1440x900");
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("keeps the current graph when a GEXF file is broken, naming the line and column, with what it read", async () => {
    const app = await openApp();
    try {
      const before = await heading(app.page).textContent();
      const broken = sample("dynamic.gexf").replace("</nodes>", "</node>");
      await openFiles(app.page, [{ name: "broken.gexf", text: broken }]);
      const alert = app.page.getByRole("alert");
      await expect
        .poll(() => alert.textContent(), SLOW)
        .toContain(
          "This is a GEXF 1.3 file (Gexf.net), but it is not well-formed XML at line 50, column 11: unexpected close tag.",
        );
      await expect
        .poll(() => alert.locator(".import-report p").first().textContent(), SLOW)
        .toBe('4 nodes and 0 edges before the problem · dynamic graph, time format "date"');
      expect(await alert.locator(".import-note--fatal").textContent()).toBe(
        "Stopped the import it is not well-formed XML at line 50, column 11: unexpected close tag.",
      );
      expect(await heading(app.page).textContent()).toBe(before);
      await screenshot(app.page, "import-failed-report-1440x900");
    } finally {
      await app.close();
    }
  });

  it("refuses an XML bomb without expanding it", async () => {
    const app = await openApp();
    try {
      const bomb = `<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<gexf version="1.3"><graph><nodes><node id="x" label="&b;"/></nodes></graph></gexf>`;
      await openFiles(app.page, [{ name: "bomb.gexf", text: bomb }]);
      const alert = app.page.getByRole("alert");
      await expect.poll(() => alert.textContent(), SLOW).toContain("Entente never expands them");
    } finally {
      await app.close();
    }
  });

  it("lets the reader say what a GEXF file's unknown attributes mean, then imports again", async () => {
    const app = await openApp();
    try {
      const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="edge"><attribute id="0" title="relationship type" type="string"/><attribute id="1" title="first seen" type="string"/></attributes>
<nodes><node id="a" label="Ada"/><node id="g" label="Grace"/><node id="l" label="Alan"/></nodes>
<edges><edge id="1" source="a" target="g"><attvalues><attvalue for="0" value="admires"/><attvalue for="1" value="1950"/></attvalues></edge>
<edge id="2" source="g" target="l"><attvalues><attvalue for="0" value="feud"/><attvalue for="1" value="1952"/></attvalues></edge></edges>
</graph></gexf>`;
      await openFiles(app.page, [{ name: "people.gexf", text }]);
      await expectOpened(
        app.page,
        "people.gexf",
        "3 entities · 2 relationships · 0 periods · 5 with no source yet",
      );
      await app.page.getByRole("button", { name: "Choose what the attributes mean" }).click();
      const step = app.page.getByRole("region", { name: "Map attributes" });
      await step.getByRole("cell", { name: "feud" }).waitFor();
      await step
        .getByRole("combobox", { name: 'Attribute "relationship type"' })
        .selectOption("stance");
      await step.getByRole("combobox", { name: 'Attribute "first seen"' }).selectOption("start");
      await screenshot(app.page, "import-attribute-mapping-1440x900");
      await step.getByRole("button", { name: "Import" }).click();
      await expectOpened(
        app.page,
        "people.gexf",
        "3 entities · 2 relationships · 3 periods · 5 with no source yet",
      );
      expect(await ticks(app.page)).toEqual(["1950", "1951", "1952", "All time"]);
      const list = app.page.getByRole("list", { name: "Relationships", exact: true });
      await list.getByRole("button", { name: /Grace.*Alan/ }).click();
      const details = app.page.getByRole("region", { name: "Details" });
      await expect.poll(() => details.textContent(), SLOW).toContain("Rivalry");
    } finally {
      await app.close();
    }
  });

  it("asks what unknown columns are, with a preview, then imports", async () => {
    const app = await openApp();
    try {
      const text = "Who,Whom,How,When\nAda,Grace,admires,1950\nGrace,Alan,rivals,1952\n";
      await openFiles(app.page, [{ name: "people.csv", text }]);
      const step = app.page.getByRole("region", { name: "Map columns" });
      await step.getByRole("cell", { name: "admires" }).waitFor();
      const importButton = step.getByRole("button", { name: "Import" });
      expect(await importButton.isDisabled()).toBe(true);
      await step.getByRole("combobox", { name: 'Column "Who"' }).selectOption("source");
      await step.getByRole("combobox", { name: 'Column "Whom"' }).selectOption("target");
      await step.getByRole("combobox", { name: 'Column "How"' }).selectOption("stance");
      await step.getByRole("combobox", { name: 'Column "When"' }).selectOption("start");
      await screenshot(app.page, "import-mapping-1440x900");
      await importButton.click();
      await expectOpened(
        app.page,
        "people.csv",
        "3 entities · 2 relationships · 3 periods · 5 with no source yet",
      );
      const list = app.page.getByRole("list", { name: "Relationships", exact: true });
      expect(await ticks(app.page)).toEqual(["1950", "1951", "1952", "All time"]);
      await list.getByRole("button", { name: /Grace.*Alan/ }).click();
      const details = app.page.getByRole("region", { name: "Details" });
      await expect.poll(() => details.textContent(), SLOW).toContain("Rivalry");
      await expect.poll(() => details.textContent(), SLOW).toContain("no source yet");

      // The mapping is kept with the file: a reload reopens the same graph without asking again.
      await app.page.reload();
      await expectOpened(
        app.page,
        "people.csv",
        "3 entities · 2 relationships · 3 periods · 5 with no source yet",
      );
      await app.page.getByText("Opened from people.csv").waitFor();
      expect(await ticks(app.page)).toEqual(["1950", "1951", "1952", "All time"]);
      expect(await app.page.getByRole("region", { name: "Map columns" }).count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});

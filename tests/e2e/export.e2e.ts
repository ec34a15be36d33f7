import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { spellOf } from "../../src/domain/formats/spell";
import { attr, children, parseXml, path } from "../helpers/parseXml";
import { describeE2E, openApp, screenshot } from "./browser";
import { articleGraph } from "./fixtures/graphs";

const GRAPH = articleGraph();
const SLOW = { timeout: 15_000 };
const SLUG = "bezos-trump-and-musk-shifting-alliances-in-2025";

/** Picks an entry from the Export menu and returns the downloaded file's name and bytes. */
async function exportAs(page: Page, label: string) {
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

const loadedScripts = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));

// The first dated edge, so the check covers Gephi's timeline rather than an always-present element.
const datedEdge = GRAPH.edges.find((edge) => spellOf(edge)?.start !== undefined);

describeE2E("exporting and sharing", () => {
  it("exports GEXF with every node, edge and date spell, loading the writers only then", async () => {
    const app = await openApp();
    try {
      await app.page.getByRole("heading", { level: 1 }).waitFor();
      expect(
        (await loadedScripts(app.page)).some((name) => /\/formats-[\w-]+\.js$/.test(name)),
      ).toBe(false);
      const { name, bytes } = await exportAs(app.page, "GEXF for Gephi (.gexf)");
      expect((await loadedScripts(app.page)).some((n) => /\/formats-[\w-]+\.js$/.test(n))).toBe(
        true,
      );
      expect(name).toBe(`${SLUG}.gexf`);
      const root = parseXml(bytes.toString("utf8"));
      const nodes = children(path(root, "graph", "nodes"), "node");
      const edges = children(path(root, "graph", "edges"), "edge");
      expect(nodes).toHaveLength(GRAPH.nodes.length);
      expect(edges).toHaveLength(GRAPH.edges.length);
      if (!datedEdge) throw new Error("the article graph has no dated edge");
      const edge = edges.find((e) => attr(e, "id") === datedEdge.id);
      const spell = edge && path(edge, "spells", "spell");
      expect(spell && Object.fromEntries(spell.attributes)).toEqual(spellOf(datedEdge));
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("exports GraphML and the graph's own JSON", async () => {
    const app = await openApp();
    try {
      await app.page.getByRole("heading", { level: 1 }).waitFor();
      const graphml = await exportAs(app.page, "GraphML (.graphml)");
      expect(graphml.name).toBe(`${SLUG}.graphml`);
      const graph = path(parseXml(graphml.bytes.toString("utf8")), "graph");
      expect(children(graph, "node")).toHaveLength(GRAPH.nodes.length);
      expect(children(graph, "edge")).toHaveLength(GRAPH.edges.length);

      const json = await exportAs(app.page, "Graph JSON (.json)");
      expect(json.name).toBe(`${SLUG}.json`);
      const doc = JSON.parse(json.bytes.toString("utf8")) as { title: string; nodes: unknown[] };
      expect([doc.title, doc.nodes.length]).toEqual([GRAPH.title, GRAPH.nodes.length]);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("says which ids an XML export had to rename", async () => {
    const app = await openApp();
    try {
      await app.page.getByRole("heading", { level: 1 }).waitFor();
      const quote = { quote: "Blue Origin met the #1 team." };
      const doc = {
        format: "entente-graph",
        version: 1,
        title: "Odd ids",
        source: { title: "Odd ids", text: "Blue Origin met the #1 team." },
        nodes: [
          { id: "Blue Origin", label: "Blue Origin", kind: "organization", evidence: [quote] },
          { id: "#1", label: "The #1 team", kind: "organization", evidence: [quote] },
        ],
        edges: [
          {
            id: "met",
            source: "Blue Origin",
            target: "#1",
            stance: "neutral",
            relation: "met",
            evidence: [quote],
          },
        ],
      };
      await app.page.getByLabel("Open graph file").setInputFiles({
        name: "odd.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(doc), "utf8"),
      });
      await expect
        .poll(() => app.page.getByRole("heading", { level: 1 }).textContent(), SLOW)
        .toBe("Odd ids");
      const { name } = await exportAs(app.page, "GraphML (.graphml)");
      expect(name).toBe("odd-ids.graphml");
      await expect
        .poll(() => app.page.getByRole("status").first().textContent(), SLOW)
        .toBe(
          'Saved odd-ids.graphml. XML cannot carry every id as it is: 2 ids renamed in the file (the originals kept inside it, so it reopens here unchanged): "Blue Origin" → "Blue_Origin", "#1" → "_1".',
        );
      await screenshot(app.page, "export-renamed-1440x900");
    } finally {
      await app.close();
    }
  });

  it("exports the view as a PNG at twice the canvas size", async () => {
    const app = await openApp();
    try {
      await app.page.getByRole("heading", { level: 1 }).waitFor();
      const canvas = await app.page
        .getByRole("group", { name: "Relationship graph" })
        .boundingBox();
      const { name, bytes } = await exportAs(app.page, "PNG image of the view (.png)");
      expect(name).toBe(`${SLUG}.png`);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // IHDR: width and height, big-endian, right after the signature and chunk header.
      expect(bytes.readUInt32BE(16)).toBeCloseTo(2 * (canvas?.width ?? 0), -1);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("exports the whole graph from a phone, whose view shows only the main actors", async () => {
    const app = await openApp("", { width: 390, height: 844 });
    try {
      const { page } = app;
      await page.waitForFunction(() => window.__entente?.nodePosition?.("bezos") != null);
      // How far apart the nodes are drawn at this zoom: more than the phone's canvas shows.
      const span = await page.evaluate(() => {
        const probe = window.__entente;
        const at = Object.keys(probe?.positions() ?? {}).flatMap((id) => {
          const p = probe?.nodePosition(id);
          return p ? [p] : [];
        });
        const xs = at.map((p) => p.x);
        const ys = at.map((p) => p.y);
        return [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
      });
      const canvas = await page.getByRole("group", { name: "Relationship graph" }).boundingBox();
      expect(span[0]).toBeGreaterThan(canvas?.width ?? Infinity);
      await page.getByText("Export", { exact: true }).click();
      await page.getByRole("checkbox", { name: /^Caption/ }).uncheck();
      await page.keyboard.press("Escape");
      const { bytes } = await exportAs(page, "PNG image of the view (.png)");
      const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      // At twice the size, with every node inside.
      expect(width / 2).toBeGreaterThanOrEqual(span[0] ?? Infinity);
      expect(height / 2).toBeGreaterThanOrEqual(span[1] ?? Infinity);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("draws a caption under the picture unless Caption is unticked", async () => {
    const app = await openApp();
    try {
      await app.page.getByRole("heading", { level: 1 }).waitFor();
      const captioned = await exportAs(app.page, "PNG image of the view (.png)");
      await app.page.getByText("Export", { exact: true }).click();
      await app.page.getByRole("checkbox", { name: /^Caption/ }).uncheck();
      await app.page.keyboard.press("Escape");
      const bare = await exportAs(app.page, "PNG image of the view (.png)");
      const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)] as const;
      const [width, height] = size(captioned.bytes);
      const [bareWidth, bareHeight] = size(bare.bytes);
      expect(width).toBe(bareWidth);
      const captionHeight = height - bareHeight;
      // Title, step, a legend row and the source at twice the CSS size: well over 150 px.
      expect(captionHeight).toBeGreaterThan(150);
      // Decoded by the browser itself: the caption band has ink, in several rows (not one rule).
      const inked = await app.page.evaluate(
        async ({ data, top }) => {
          const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
          const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
          const canvas = new OffscreenCanvas(image.width, image.height);
          const ctx = canvas.getContext("2d");
          if (!ctx) throw new Error("no 2d context");
          ctx.drawImage(image, 0, 0);
          const band = ctx.getImageData(0, top + 4, image.width, image.height - top - 4).data;
          const [r, g, b] = [band[0], band[1], band[2]];
          const rows = new Set<number>();
          for (let i = 0; i < band.length; i += 4) {
            if (band[i] !== r || band[i + 1] !== g || band[i + 2] !== b) {
              rows.add(Math.floor(i / 4 / image.width));
            }
          }
          return rows.size;
        },
        { data: captioned.bytes.toString("base64"), top: bareHeight },
      );
      expect(inked).toBeGreaterThan(60);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("copies a link that reopens the same view", async () => {
    const app = await openApp("?graph=examples/harbour-cooperative.json");
    try {
      const origin = new URL(app.page.url()).origin;
      await app.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
      await app.page.getByText("Loaded from harbour-cooperative.json").waitFor();
      await app.page
        .getByRole("region", { name: "Filters and lists" })
        .getByRole("button", { name: "Hiroshi Ōtsuka", exact: true })
        .click();
      await app.page.getByRole("button", { name: "Copy link" }).click();
      await app.page.getByText("Link copied", { exact: true }).waitFor();
      const copied = await app.page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(app.page.url());
      expect(new URL(copied).searchParams.get("sel")).toBe("otsuka");
      expect(await app.problems()).toEqual([]);

      const shared = await openApp(copied);
      try {
        const details = shared.page.getByRole("region", { name: "Details" });
        await expect
          .poll(() => details.getByRole("heading", { level: 2 }).textContent(), { timeout: 10_000 })
          .toBe("Hiroshi Ōtsuka");
        expect(await shared.problems()).toEqual([]);
      } finally {
        await shared.close();
      }
    } finally {
      await app.close();
    }
  });
});

import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { generateGraph } from "../../bench/generate";
import { describeE2E, openApp, screenshot } from "./browser";

// A big draft's lists draw only the rows in view; what is picked elsewhere is still brought to.
// The graph is heavy to open on a shared machine: one test, given room for it.
const BIG_DRAFT = 120_000;
const SLOW = { timeout: 60_000 };

/** The generated 400-entity, 600-relationship graph, its last entity quoting words not in the text. */
function bigGraphFile() {
  const graph = generateGraph({ nodes: 400, edges: 600, seed: 1 });
  const last = graph.nodes.at(-1);
  if (!last) throw new Error("no entities generated");
  last.evidence = [{ quote: "Words that the article never says." }];
  return {
    name: "big.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(graph)),
    lastLabel: last.label,
  };
}

const drawnRows = (page: Page, list: string) =>
  page.getByRole("list", { name: list, exact: true }).locator(":scope > li");

describeE2E("the editor on a 1,000-element draft", () => {
  it(
    "draws a window of the rows, and brings an off-screen entity's row into view when picked from its problem",
    async () => {
      const app = await openApp();
      const { page } = app;
      const { lastLabel, ...file } = bigGraphFile();
      await page.getByLabel("Open graph file").setInputFiles(file);
      // Opened: "Edit this graph" then starts from it, not from the graph shown before.
      await page.getByText("Loaded from file big.json", { exact: false }).first().waitFor(SLOW);
      await page.getByRole("button", { name: "Edit this graph" }).click(SLOW);
      await page.getByRole("heading", { name: "Entities (400)" }).waitFor(SLOW);
      await page.getByRole("heading", { name: "Relationships (600)" }).waitFor(SLOW);

      for (const list of ["Entities", "Relationships"]) {
        const rows = await drawnRows(page, list).count();
        expect(rows).toBeGreaterThan(0);
        expect(rows).toBeLessThan(40);
      }
      const first = drawnRows(page, "Entities").first();
      expect(await first.getAttribute("aria-setsize")).toBe("400");
      expect(await first.getAttribute("aria-posinset")).toBe("1");
      const lastName = page.getByRole("textbox", { name: `Name of ${lastLabel}` });
      expect(await lastName.count()).toBe(0);

      const problems = page.getByRole("region", { name: "Problems" });
      await problems.getByRole("link", { name: `Go to ${lastLabel}` }).click(SLOW);
      const row = page.locator("li", { has: lastName });
      await row.waitFor();
      expect(await row.getAttribute("aria-posinset")).toBe("400");
      expect(await row.evaluate((li) => li === document.activeElement)).toBe(true);
      expect(await row.getAttribute("aria-current")).toBe("true");
      // In view inside the lists' column, not merely drawn, once the scroll to it has settled.
      const place = () =>
        row.evaluate((li) => {
          const column = li.closest(".editor-lists");
          if (!column) return "no column";
          const [r, c] = [li.getBoundingClientRect(), column.getBoundingClientRect()];
          return r.top >= c.top && r.bottom <= c.bottom
            ? "in view"
            : `${r.top} of ${c.top}–${c.bottom}`;
        });
      await expect.poll(place, SLOW).toBe("in view");
      expect(await drawnRows(page, "Entities").count()).toBeLessThan(40);
      await screenshot(page, "editor-big-draft-picked");
      expect(await app.problems()).toEqual([]);
      await app.close();
    },
    BIG_DRAFT,
  );
});

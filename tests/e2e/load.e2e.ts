import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeE2E, openApp, screenshot } from "./browser";

function graphTitle(): string {
  const file = new URL("../../data/graph.json", import.meta.url);
  return (JSON.parse(readFileSync(file, "utf8")) as { title: string }).title;
}

describeE2E("loading the app", () => {
  it("shows the graph's title as the page heading without errors", async () => {
    const app = await openApp();
    try {
      const heading = app.page.getByRole("heading", { level: 1 });
      await heading.waitFor({ state: "visible" });
      expect((await heading.textContent())?.trim()).toBe(graphTitle());
      expect(await app.problems()).toEqual([]);
      await screenshot(app.page, "load-1440x900");
    } finally {
      await app.close();
    }
  });
});

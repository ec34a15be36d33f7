import { describe, expect, it } from "vitest";
import { bakeryDraft, BAKERY_TEXT } from "../../../tests/helpers/bakeryDraft";
import { loadGraph } from "../load/load";
import { draftFromGraph, draftToJson, newDraft } from "./draft";
import { uniqueId } from "./ids";

describe("drafts", () => {
  it("starts from pasted text with the filled fields only", () => {
    const doc = newDraft({
      text: BAKERY_TEXT,
      title: " Town baker ",
      publisher: "",
      published: "2025-03-14",
    });
    expect(doc).toEqual({
      format: "entente-graph",
      version: 1,
      title: "Town baker",
      source: { title: "Town baker", published: "2025-03-14", text: BAKERY_TEXT },
      nodes: [],
      edges: [],
    });
    expect(newDraft({ text: "x", title: "" }).title).toBe("Untitled article");
    expect(newDraft({ text: "x", title: "  ", publisher: " \n", url: "\t" })).toEqual({
      format: "entente-graph",
      version: 1,
      title: "Untitled article",
      source: { title: "Untitled article", text: "x" },
      nodes: [],
      edges: [],
    });
  });

  it("exports a file the loader accepts strictly, and round-trips a loaded graph", () => {
    const json = draftToJson({
      ...bakeryDraft(),
      nodes: bakeryDraft().nodes.map((n) => ({ ...n, position: { x: 1, y: 2 } })),
    });
    const loaded = loadGraph(json, { strict: true });
    expect(loaded.problems).toEqual([]);
    if (!loaded.ok) throw new Error("not loaded");
    const again = draftFromGraph(loaded.graph);
    expect(again.edges).toEqual(bakeryDraft().edges);
    expect(again.nodes.map((n) => n.label)).toEqual(["Mira Holt", "Corner Bakery", "Old Mill"]);
  });

  it("makes readable unique ids, accents and all", () => {
    expect(uniqueId("Green Fields Co-op", new Set())).toBe("green-fields-co-op");
    expect(uniqueId("Zoë Ångström", new Set(["zoe-angstrom"]))).toBe("zoe-angstrom-2");
    expect(uniqueId("!!!", new Set())).toBe("item");
  });
});

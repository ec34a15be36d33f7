import { describe, expect, it } from "vitest";
import { idsOf, uniqueId } from "./ids";

describe("uniqueId", () => {
  it.each([
    ["Mira  Holt & Sons", new Set<string>(), "mira-holt-sons"],
    ["  — Old Mill —  ", new Set<string>(), "old-mill"],
    [
      "The Valley Courier and Northern Advertiser Group",
      new Set<string>(),
      "the-valley-courier-and-northern-advertis",
    ],
    ["Old Mill", new Set(["old-mill", "old-mill-2", "old-mill-4"]), "old-mill-3"],
  ])("%j among %o → %s", (label, taken, id) => {
    expect(uniqueId(label, taken)).toBe(id);
  });
});

describe("idsOf", () => {
  it("collects the ids of nodes and edges alike", () => {
    const doc = { nodes: [{ id: "holt" }, { id: "bakery" }], edges: [{ id: "runs" }] };
    expect([...idsOf(doc)]).toEqual(["holt", "bakery", "runs"]);
  });
});

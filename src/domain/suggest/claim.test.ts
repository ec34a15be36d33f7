import { describe, expect, it } from "vitest";
import { attributionOf, certaintyOf, suggestClaim } from "./claim";

const entities = [
  { id: "holt", names: ["Mira Holt", "Holt"] },
  { id: "mill", names: ["Old Mill"] },
  { id: "bakery", names: ["Corner Bakery"] },
];

describe("certaintyOf", () => {
  it.each([
    ["Bezos met privately with Trump.", "confirmed"],
    ["Holt said the mill had raised its prices twice.", "reported"],
    ["The meeting took place, according to multiple sources.", "reported"],
    ["Sources say the deal is done.", "reported"],
    ["Industry insiders suggest Kuiper gains.", "speculative"],
    ["The friction appears to have cooled.", "speculative"],
    ["Space policy was likely discussed, sources say.", "speculative"],
  ])("%s → %s", (passage, expected) => {
    expect(certaintyOf(passage)).toBe(expected);
  });
});

describe("attributionOf", () => {
  it.each([
    ["Holt said the mill had raised its prices twice.", "Mira Holt"],
    [
      "They met last week, according to multiple sources familiar with the matter.",
      "multiple sources familiar with the matter",
    ],
    ["The meeting, first reported by CNBC, took place", "CNBC"],
    ["Blue Origin could benefit, industry insiders suggest.", "industry insiders"],
  ])("%s → %s", (passage, expected) => {
    expect(attributionOf(passage, entities)).toBe(expected);
  });

  it("gives none for a passage in the source's own voice", () => {
    expect(attributionOf("stopped buying flour from Old Mill", entities)).toBeUndefined();
  });
});

describe("suggestClaim", () => {
  it("prefills From and To from the entities named, in their order", () => {
    const text = "In 2025, Mira Holt, who runs the Corner Bakery, left Old Mill.";
    expect(suggestClaim(text, { start: 9, end: 46 }, entities)).toEqual({
      certainty: "confirmed",
      mentioned: ["holt", "bakery"],
    });
    expect(suggestClaim(text, { start: 33, end: 61 }, entities).mentioned).toEqual([
      "bakery",
      "mill",
    ]);
  });
});

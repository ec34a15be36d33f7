import { describe, expect, it } from "vitest";
import { attributionOf, certaintyOf, suggestClaim } from "./claim";

const entities = [
  { id: "holt", names: ["Mira Holt", "Holt"] },
  { id: "mill", names: ["Old Mill"] },
  { id: "bakery", names: ["Corner Bakery"] },
  { id: "berg", names: ["Jon Berg", "Berg"] },
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
    ["The two appear to have met.", "speculative"],
    ["They seem close.", "speculative"],
    ["A rumored deal fell through.", "speculative"],
    ["The mill will close, a source familiar with the plan confirmed.", "reported"],
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
    ["The deal, reported by Reuters, fell through.", "Reuters"],
    ["“We are done,” said Holt.", "Mira Holt"],
    ['"We are done,"  said Holt.', "Mira Holt"],
    ["Prices rose, but the baker said so.", "the baker"],
    ["Farmers and bakers said the price rose.", "Farmers and bakers"],
    ["Anderson said the price rose.", "Anderson"],
  ])("%s → %s", (passage, expected) => {
    expect(attributionOf(passage, entities)).toBe(expected);
  });

  it("keeps the last four words before the verb, however they are spaced", () => {
    const passage = "On Tuesday the bakery's head baker  Ana Ruiz said prices rose.";
    expect(attributionOf(passage, entities)).toBe("head baker Ana Ruiz");
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
    expect(suggestClaim("Holt met Berg, then Holt left.", { start: 0, end: 30 }, entities)).toEqual(
      {
        certainty: "confirmed",
        mentioned: ["holt", "berg"],
      },
    );
    expect(suggestClaim(text, { start: 33, end: 61 }, entities).mentioned).toEqual([
      "bakery",
      "mill",
    ]);
  });

  it("reads only the passage, and proposes an attribution only where it finds one", () => {
    const text = "Holt said Old Mill may close. Berg met the Corner Bakery.";
    expect(suggestClaim(text, { start: 30, end: 57 }, entities)).toStrictEqual({
      certainty: "confirmed",
      mentioned: ["berg", "bakery"],
    });
    expect(suggestClaim(text, { start: 0, end: 29 }, entities)).toStrictEqual({
      certainty: "speculative",
      attribution: "Mira Holt",
      mentioned: ["holt", "mill"],
    });
  });
});

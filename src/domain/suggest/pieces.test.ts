import { describe, expect, it } from "vitest";
import { suggest } from "./index";
import { pieces } from "./pieces";

const cut = (text: string, max?: number) =>
  pieces(text, max).map((p) => text.slice(p.start, p.end));

describe("pieces", () => {
  it("cuts at line breaks and skips blank lines", () => {
    expect(cut("One para.\n\n  \nTwo para.\nThree.")).toEqual(["One para.", "Two para.", "Three."]);
  });

  it("cuts a long paragraph after its last sentence end within the limit", () => {
    expect(cut("Aa bb. Cc dd! Ee ff gg.", 15)).toEqual(["Aa bb. Cc dd! ", "Ee ff gg."]);
    expect(cut("Aa bb. Cc dd ee ff.", 15)).toEqual(["Aa bb. ", "Cc dd ee ff."]);
    expect(cut("He said “Go.” Then he left the room.", 24)).toEqual([
      "He said “Go.” ",
      "Then he left the room.",
    ]);
  });

  it("keeps every space after the sentence end with the piece before", () => {
    expect(cut("Aa bb.  Cc dd ee ff.", 16)).toEqual(["Aa bb.  ", "Cc dd ee ff."]);
  });

  it("leaves a paragraph exactly as long as the limit whole", () => {
    expect(cut("Aa bb. Cc dd.", 13)).toEqual(["Aa bb. Cc dd."]);
  });

  it("cuts at a space, or hard at the limit, when no sentence ends in reach", () => {
    expect(cut("aaaa bbbb cccc", 8)).toEqual(["aaaa ", "bbbb ", "cccc"]);
    expect(cut("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });
});

describe("suggest over pieces", () => {
  it("gives offsets into the whole text for names and dates in later paragraphs", () => {
    const text = "Mira Holt runs a bakery.\n\nIn March 2025 Holt met Jon Berg of Old Mill.";
    const { entities, dates } = suggest(text, "2025-01-01");
    const spans = entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
    expect(spans).toEqual(["Mira Holt", "Holt", "Jon Berg", "Old Mill"]);
    expect(dates).toEqual([{ text: "March 2025", start: 29, end: 39, date: "2025-03" }]);
  });

  it("reads names from a text with no date in it", () => {
    expect(suggest("Mira Holt met Jon Berg.", "2025-01-01").entities.map((e) => e.name)).toEqual([
      "Mira Holt",
      "Jon Berg",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { acrossParagraphs, sentenceAround } from "./sentence";

const TEXT = "First one. Mira Holt runs it! Then more\nNext paragraph, Holt again.";
const at = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length };
};

describe("sentenceAround", () => {
  it("widens a mention to its sentence", () => {
    const s = sentenceAround(TEXT, at("Mira Holt"));
    expect(TEXT.slice(s.start, s.end)).toBe("Mira Holt runs it!");
  });

  it("stops at a paragraph break on either side", () => {
    expect(
      TEXT.slice(...(Object.values(sentenceAround(TEXT, at("more"))) as [number, number])),
    ).toBe("Then more");
    const s = sentenceAround(TEXT, at("Holt", 40));
    expect(TEXT.slice(s.start, s.end)).toBe("Next paragraph, Holt again.");
  });

  it("runs to the end of a text that ends without a full stop", () => {
    expect(sentenceAround("Mira Holt runs it", { start: 0, end: 4 })).toEqual({
      start: 0,
      end: 17,
    });
  });

  it("starts at the first word after any number of spaces, never past the span's own start", () => {
    expect(sentenceAround("One.  Two words.", { start: 6, end: 9 })).toEqual({ start: 6, end: 16 });
    expect(sentenceAround("One.  Two.", { start: 5, end: 9 })).toEqual({ start: 5, end: 10 });
  });

  it("tells a passage across paragraphs", () => {
    expect(acrossParagraphs(TEXT, { start: 30, end: 50 })).toBe(true);
    expect(acrossParagraphs(TEXT, at("Then more\n"))).toBe(false);
  });
});

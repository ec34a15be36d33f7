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

  it("tells a passage across paragraphs", () => {
    expect(acrossParagraphs(TEXT, { start: 30, end: 50 })).toBe(true);
    expect(acrossParagraphs(TEXT, at("Then more\n"))).toBe(false);
  });
});

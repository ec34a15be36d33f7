import { describe, expect, it } from "vitest";
import { articleProblem } from "./article";

describe("articleProblem", () => {
  it("accepts an article", () => {
    expect(articleProblem("Mira Holt runs the Corner Bakery.")).toBeNull();
  });

  it.each([
    ["one replacement character in a hundred", "\uFFFD" + "a".repeat(99)],
    ["exactly the longest article", "a".repeat(1_000_000)],
    // Only the first 64 KiB are sampled: a long paste with a stray NUL further in is still text.
    ["a NUL after the first 64 KiB", "a".repeat(65_536) + "\u0000"],
  ])("accepts %s", (_, text) => {
    expect(articleProblem(text)).toBeNull();
  });

  it("names an empty, a binary and a too-long text", () => {
    expect(articleProblem(" \n ", "story.txt")).toBe(
      "story.txt is empty: paste the article, or open a .txt or .md file.",
    );
    expect(articleProblem("%PDF-1.7\u0000\u0001binary", "report.pdf")).toMatch(
      /^report\.pdf is not plain text/,
    );
    expect(articleProblem("\uFFFD".repeat(20) + "a".repeat(100))).toMatch(
      /^The text is not plain text/,
    );
    expect(articleProblem("word ".repeat(1_000_000))).toBe(
      "The text is 5.0 MB; the editor takes one article of up to 1.0 MB (about 150,000 words). Keep only the story you want to map.",
    );
  });
});

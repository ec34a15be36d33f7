import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { findAll } from "./multiMatch";

/** The obvious search, one needle at a time, overlaps counted. */
function naive(haystack: string, needle: string) {
  let first = -1;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (first < 0) first = at;
    count++;
  }
  return { first, count };
}

describe("findAll", () => {
  it("finds needles that are prefixes, suffixes and repeats of each other", () => {
    const found = findAll("she sells sea shells", ["he", "she", "s", "sh", "shells", "x", "he"]);
    expect(Object.fromEntries(found)).toEqual({
      he: { first: 1, count: 2 },
      s: { first: 0, count: 6 },
      sh: { first: 0, count: 2 },
      she: { first: 0, count: 2 },
      shells: { first: 14, count: 1 },
      x: { first: -1, count: 0 },
    });
  });

  it("leaves out the empty needle, which is no search at all", () => {
    expect(Object.fromEntries(findAll("abc", ["", "b"]))).toEqual({ b: { first: 1, count: 1 } });
    expect(findAll("abc", [""]).size).toBe(0);
  });

  it("counts every overlapping occurrence of a repetitive needle", () => {
    expect(findAll("a".repeat(20), ["a".repeat(17), "a"]).get("a".repeat(17))).toEqual({
      first: 0,
      count: 4,
    });
  });

  it("matches astral characters unit by unit", () => {
    expect(findAll("x😀y😀", ["😀"]).get("😀")).toEqual({ first: 1, count: 2 });
  });

  // The hostile shape of the issue: many long quotes that nearly match a repetitive text. Searched
  // one at a time (or bucketed by a shared ending) this is quotes × text; here it is one pass.
  it("answers 20,000 near-miss quotes over a repetitive text", () => {
    const phrase = "the minister said the deal was historic and ";
    const text = phrase.repeat(5000);
    const quotes = Array.from({ length: 20_000 }, (_, i) => `${i}${phrase.repeat(4)}`);
    quotes.push(phrase.repeat(4));
    const found = findAll(text, quotes);
    expect(found.get("7" + phrase.repeat(4))).toEqual({ first: -1, count: 0 });
    expect(found.get(phrase.repeat(4))).toEqual({ first: 0, count: 4997 });
  });

  test.prop(
    [
      fc.string({ unit: fc.constantFrom("a", "b", "é", "😀") }),
      fc.array(fc.string({ unit: fc.constantFrom("a", "b", "é") }), { maxLength: 8 }),
    ],
    {
      numRuns: 300,
      seed: 14,
    },
  )("agrees with one-at-a-time search", (haystack, needles) => {
    const found = findAll(haystack, needles);
    for (const needle of needles.filter((n) => n !== "")) {
      expect(found.get(needle)).toEqual(naive(haystack, needle));
    }
  });
});

import { describe, expect, it } from "vitest";
import { findMentions, withoutOverlaps } from "./mentions";

describe("findMentions", () => {
  it("finds the name only as a whole word", () => {
    expect(findMentions("Holtby met Holt’s team at XHolt.", "Holt")).toEqual([
      { start: 11, end: 15 },
    ]);
  });
});

describe("withoutOverlaps", () => {
  it("keeps the longest of overlapping spans and spans that only touch", () => {
    const spans = [
      { start: 5, end: 9 },
      { start: 0, end: 9 },
      { start: 9, end: 13 },
      { start: 11, end: 12 },
    ];
    expect(withoutOverlaps(spans)).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 13 },
    ]);
  });
});

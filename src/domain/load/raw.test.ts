import { describe, expect, it } from "vitest";
import { editDistance, field, suggest, text } from "./raw";

describe("field", () => {
  it("reads an object's own field", () => {
    expect(field({ id: "a" }, "id")).toBe("a");
  });

  it.each([
    ["an inherited field of an object", {}, "constructor"],
    ["an index of a list", ["a"], "0"],
    ["a list's length", ["a"], "length"],
    ["text's length", "abc", "length"],
    ["anything of null", null, "id"],
  ])("gives undefined for %s", (_, value, key) => {
    expect(field(value, key)).toBeUndefined();
  });
});

describe("text", () => {
  it.each([
    ["text", "a", "a"],
    ["a number", 5, undefined],
    ["null", null, undefined],
    ["a list", ["a"], undefined],
  ])("of %s is %j", (_, value, expected) => {
    expect(text(value)).toBe(expected);
  });
});

describe("editDistance", () => {
  it.each([
    ["", "abc", 3],
    ["abc", "", 3],
    ["a", "abc", 2],
    ["abc", "xyz", 3],
    ["kitten", "sitting", 3],
    ["abc", "abd", 1],
  ])("from %j to %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it("gives the exact distance when it is within the limit", () => {
    expect(editDistance("abc", "abd", 1)).toBe(1);
    expect(editDistance("abc", "xyz", 3)).toBe(3);
  });

  it("gives the limit plus one as soon as a row is past the limit", () => {
    expect(editDistance("abcd", "wxyz", 1)).toBe(2);
  });
});

describe("suggest", () => {
  it.each([
    ["a typo in the middle", "alice", ["bob", "alicf"], "alicf"],
    ["a different first character, same last", "alice", ["blice"], "blice"],
    ["a different last character, same first", "alice", ["alicf"], "alicf"],
    ["a word of 100 characters", "a".repeat(100), ["a".repeat(99) + "b"], "a".repeat(99) + "b"],
    ["the closest of several", "alice", ["alixx", "alicf"], "alicf"],
  ])("suggests for %s", (_, word, candidates, expected) => {
    expect(suggest(word, candidates)).toBe(expected);
  });

  it.each([
    ["an empty word", "", ["", "a"]],
    ["a word over 100 characters", "a".repeat(101), ["a".repeat(101)]],
    ["a candidate sharing neither end", "alice", ["blicf"]],
    ["a candidate three edits away", "alice", ["axxxe"]],
  ])("suggests nothing for %s", (_, word, candidates) => {
    expect(suggest(word, candidates)).toBeUndefined();
  });

  // A hint measures at most 2000 candidates; those that cannot be close are not measured.
  const measuredButFar = (n: number) => Array.from({ length: n }, () => "axxxx");
  it("measures up to 2000 candidates", () => {
    expect(suggest("alice", [...measuredButFar(1999), "alicf"])).toBe("alicf");
  });

  it("stops after 2000 measured candidates", () => {
    expect(suggest("alice", [...measuredButFar(2000), "alicf"])).toBeUndefined();
  });

  it("does not count candidates whose length alone rules them out", () => {
    const tooLong = Array.from({ length: 2000 }, () => "alicexxx");
    expect(suggest("alice", [...tooLong, "alicf"])).toBe("alicf");
  });

  it("does not count candidates sharing neither first nor last character", () => {
    const unrelated = Array.from({ length: 2000 }, () => "blicf");
    expect(suggest("alice", [...unrelated, "alicf"])).toBe("alicf");
  });
});

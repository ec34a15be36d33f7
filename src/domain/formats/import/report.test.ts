import { describe, expect, it } from "vitest";
import { plural } from "./report";

describe("import report helpers", () => {
  it.each([
    [0, "node", undefined, "0 nodes"],
    [1, "node", undefined, "1 node"],
    [2, "node", undefined, "2 nodes"],
    [1, "person", "people", "1 person"],
    [3, "person", "people", "3 people"],
    [12345, "edge", undefined, "12,345 edges"],
  ])("%i × %s (%s) → %s", (count, one, many, text) => {
    expect(plural(count, one, many)).toBe(text);
  });
});

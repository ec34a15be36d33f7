import { describe, expect, it } from "vitest";
import { describeValue, formatPath, formatProblem } from "./problems";

describe("formatPath", () => {
  it.each([
    [["nodes", 2, "kind"], "nodes[2].kind"],
    [["nodes", 0, "my field"], 'nodes[0]["my field"]'],
    [[Symbol("odd")], '["Symbol(odd)"]'],
    [["story", Symbol("odd")], 'story["Symbol(odd)"]'],
  ])("writes %j as %s", (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe("formatProblem", () => {
  it("leaves out the path of a problem with the file as a whole", () => {
    const p = { severity: "error" as const, path: "", message: "the file is empty", fix: "add x" };
    expect(formatProblem(p)).toBe("error: the file is empty — fix: add x");
  });

  it("leaves out the fix when there is none", () => {
    const p = { severity: "warning" as const, path: "nodes[0]", message: "odd", fix: "" };
    expect(formatProblem(p)).toBe("warning nodes[0]: odd");
  });
});

describe("describeValue", () => {
  const sixty = "a".repeat(60);
  it.each([
    ["null", null, "null"],
    ["a list", [1, 2], "a list"],
    ["an empty list", [], "a list"],
    ["an object", { a: 1 }, "an object"],
    ["undefined", undefined, "undefined"],
    ["NaN", Number.NaN, "NaN"],
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity"],
    ["a number", 42, "42"],
    ["a boolean", true, "true"],
    ["text of 60 characters, whole", sixty, `"${sixty}"`],
    ["text of 61 characters, cut to 57 and ...", `${"b".repeat(57)}cdef`, `"${"b".repeat(57)}..."`],
  ])("shows %s", (_, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

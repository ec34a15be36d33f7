import { describe, expect, it } from "vitest";
import { lineColumn, MAX_DEPTH, parseJson } from "./json";

const failure = (text: string) => {
  const result = parseJson(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to fail`);
  return result.problem;
};

describe("parseJson", () => {
  it.each([
    ["empty file", "", /the file is empty/],
    ["whitespace only", " \n\t\r\n ", /the file is empty/],
    ["HTML page", "<!doctype html>\n<html><body>404</body></html>", /looks like HTML, not JSON/],
    ["HTML after a BOM and spaces", "\uFEFF  <html>", /looks like HTML/],
    [
      "trailing comma in an object",
      '{\n  "a": 1,\n}',
      /line 2, column 9: trailing comma before "}"/,
    ],
    [
      "trailing comma in a list",
      '{"a": [1, 2,\n]}',
      /line 1, column 12: trailing comma before "]"/,
    ],
    ["missing comma", '{\n"a": 1\n"b": 2}', /line 3, column 1: expected a comma/],
    ["single quotes", "{'a': 1}", /line 1, column 2: single quotes/],
    ["comment", '{\r\n  // note\r\n  "a": 1}', /line 2, column 3: comments are not allowed/],
    ["unclosed object", '{"a": 1', /line 1, column 8: expected } to close/],
    ["text after the value", '{"a": 1}\n}', /line 2, column 1: unexpected text after/],
    [
      "raw tab inside quotes",
      '{"a": "x\ty"}',
      /line 1, column 7: a tab or line break inside quotes/,
    ],
    ["bare word", '{"a": yes}', /line 1, column 7: unexpected character/],
  ])("%s is an error with a clear message", (_, text, message) => {
    const problem = failure(text);
    expect(problem.severity).toBe("error");
    expect(problem.path).toBe("");
    expect(problem.message).toMatch(message);
    expect(problem.fix).toBeTruthy();
  });

  it("accepts a file starting with a UTF-8 byte order mark", () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 }, warnings: [] });
  });

  it("keeps JSON.parse's value, including a __proto__ key, without polluting Object.prototype", () => {
    const result = parseJson('{"__proto__": {"polluted": 1}, "b": [true, null]}');
    expect(result.ok && Object.keys(result.value as object)).toEqual(["__proto__", "b"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["lists", "[".repeat(100_000) + "]".repeat(100_000)],
    ["objects", '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000)],
    ["unclosed lists", "[".repeat(100_000)],
    ["lists after a broken string", '"\n' + "[".repeat(100_000)],
  ])("rejects 100,000 nested %s with an error instead of overflowing the stack", (_, text) => {
    expect(failure(text).message).toMatch(/nesting deeper than 64 levels at line \d+, column \d+/);
  });

  it(`allows exactly ${MAX_DEPTH} levels, and ignores brackets inside strings`, () => {
    const deepest = "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH);
    expect(parseJson(deepest).ok).toBe(true);
    expect(failure("[" + deepest + "]").message).toMatch(/line 1, column 65/);
    expect(parseJson(JSON.stringify({ s: "[".repeat(1000) + '\\"{' })).ok).toBe(true);
  });
});

describe("lineColumn", () => {
  it.each([
    ["abc", 0, 1, 1],
    ["abc", 2, 1, 3],
    ["a\nbc", 2, 2, 1],
    ["a\r\nbc", 4, 2, 2],
    ["a\rb\rc", 4, 3, 1],
  ])("%j at offset %i is line %i, column %i", (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});

describe("parseJson names each syntax error and where it is", () => {
  const fix = "correct the JSON at that spot (a JSON linter or editor will highlight it)";

  it.each([
    [
      "a field name without quotes",
      "{1: 2}",
      "line 1, column 2: expected a field name in double quotes",
    ],
    ["a missing value", '{"a": }', "line 1, column 7: expected a value"],
    ["a comma with no value before it", "[1,,2]", "line 1, column 4: expected a value"],
    ["a missing colon", '{"a" 1}', "line 1, column 6: expected a colon (:) after the field name"],
    ["an unclosed list", "[1", "line 1, column 3: expected ] to close the list"],
    ["unclosed quotes", '{"a": "x', "line 1, column 7: text in quotes is not closed"],
    ["a number ending in a point", '{"a": 1.}', "line 1, column 7: invalid number"],
    ["a bad \\u escape", '{"a": "\\u12G4"}', "line 1, column 7: invalid \\u escape"],
    ["a bad backslash escape", '{"a": "\\x"}', "line 1, column 7: invalid backslash escape"],
  ])("%s", (_, text, where) => {
    expect(failure(text)).toEqual({
      severity: "error",
      path: "",
      message: `invalid JSON at ${where}`,
      fix,
    });
  });
});

describe("parseJson's nesting limit", () => {
  const deepList = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
  const tooDeep = (where: string) => ({
    severity: "error",
    path: "",
    message: `nesting deeper than ${MAX_DEPTH} levels at ${where}`,
    fix: "a graph file needs only a few levels of [ ] and { }; look for runaway brackets",
  });

  it("counts objects as well as lists", () => {
    const text = '{"a":'.repeat(MAX_DEPTH + 1) + "1" + "}".repeat(MAX_DEPTH + 1);
    expect(failure(text)).toEqual(tooDeep("line 1, column 321"));
  });

  it("counts brackets again after a string ends", () => {
    expect(failure(`["x", ${deepList(MAX_DEPTH)}]`)).toEqual(tooDeep("line 1, column 70"));
  });

  it("ends a string at a line break, as the JSON parser does", () => {
    expect(failure(`["x\n${deepList(MAX_DEPTH)}]`)).toEqual(tooDeep("line 2, column 64"));
    expect(failure(`["x\r${deepList(MAX_DEPTH)}]`)).toEqual(tooDeep("line 2, column 64"));
  });

  it("does not end a string at an escaped quote", () => {
    const text = JSON.stringify(['"' + "[".repeat(MAX_DEPTH + 1)]);
    expect(parseJson(text)).toEqual({
      ok: true,
      value: ['"' + "[".repeat(MAX_DEPTH + 1)],
      warnings: [],
    });
  });
});

describe("duplicate fields", () => {
  it("are counted per object: a field of a nested object does not clash with its parent's", () => {
    expect(parseJson('{"a": {"b": 1}, "b": 2}')).toEqual({
      ok: true,
      value: { a: { b: 1 }, b: 2 },
      warnings: [],
    });
  });
});

describe("lineColumn at a line break", () => {
  it.each([
    ["a\nb", 1, 1, 2],
    ["a\rb", 1, 1, 2],
  ])(
    "%j at offset %i, the break itself, is still line %i, column %i",
    (text, offset, line, column) => {
      expect(lineColumn(text, offset)).toEqual({ line, column });
    },
  );
});

import { describe, expect, it } from "vitest";
import { checkEnvelope } from "./envelope";
import { makeGraphDoc } from "../../../tests/fixtures/factory";

// What the file claims to be, checked on the parsed JSON value before anything else.

const NOT_AN_OBJECT = 'start from the example in docs/data-format.md: { "format": ... }';

describe("checkEnvelope", () => {
  it.each([
    ["true", true, "true/false"],
    ["false", false, "true/false"],
    ["a number", 12, "a number"],
    ["text", "entente-graph", "text"],
    ["a list", [], "a list"],
    ["null", null, "null"],
    ["undefined (no value at all)", undefined, "undefined"],
  ])("refuses %s in place of the object, naming what it got", (_, raw, kind) => {
    expect(checkEnvelope(raw)).toEqual([
      {
        severity: "error",
        path: "",
        message: `the file must be a JSON object ({ ... }), not ${kind}`,
        fix: NOT_AN_OBJECT,
      },
    ]);
  });

  it("says how to write a missing format", () => {
    expect(checkEnvelope(makeGraphDoc({ format: undefined }))).toEqual([
      {
        severity: "error",
        path: "format",
        message: 'missing "format"',
        fix: 'add "format": "entente-graph"',
      },
    ]);
  });

  it("says which format it reads when given another", () => {
    expect(checkEnvelope(makeGraphDoc({ format: "gexf" }))).toEqual([
      {
        severity: "error",
        path: "format",
        message: 'format is "gexf", not "entente-graph"',
        fix: 'this app reads "entente-graph" files only',
      },
    ]);
  });

  it.each([
    [
      999,
      "version 999 is newer than this app supports (1)",
      "open it with a newer version of the app",
    ],
    [
      1000,
      "version must be a small whole number (1), not 1000",
      'write "version": 1 (a number, no quotes)',
    ],
    ["2", 'version must be the number 1, not "2"', 'write "version": 1 (a number, no quotes)'],
  ])("reads version %j as: %s", (version, message, fix) => {
    expect(checkEnvelope(makeGraphDoc({ version }))).toEqual([
      { severity: "error", path: "version", message, fix },
    ]);
  });
});

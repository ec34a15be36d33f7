import { describe, expect, it } from "vitest";
import { toPartialDate } from "./dates";

describe("toPartialDate", () => {
  it.each([
    // Plausible years as numbers, and only those.
    [2999, "2999"],
    [3000, undefined],
    [1000, "1000"],
    [999, undefined],
    [2009.5, undefined],
    // Anything that is neither a number nor a string.
    [null, undefined],
    [undefined, undefined],
    [{ year: 2009 }, undefined],
    [true, undefined],
    // Strings: padded, trimmed, any of the three separators, a time dropped.
    [" 2009-03-01 ", "2009-03-01"],
    ["2009-3", "2009-03"],
    ["2009-03", "2009-03"],
    ["2009.03.01", "2009-03-01"],
    ["2009/3/1", "2009-03-01"],
    ["2009-12-31", "2009-12-31"],
    ["2009-03-01 10:00", "2009-03-01"],
    ["2009-03-01T10:00:00.5+02:00", "2009-03-01"],
    ["2009-03-01T10:00:00-05:00", "2009-03-01"],
    ["2009-03T10:00Z", "2009-03"],
    ["2009T10:00", "2009"],
    // Not dates.
    ["2009-13", undefined],
    ["2009-03-32", undefined],
    ["2009-03-01T", undefined],
    ["2009-03-01T10:00+", undefined],
    ["2009-03-01X10:00", undefined],
    ["x2009-03-01", undefined],
    ["2009-03-01x", undefined],
    ["2009-003", undefined],
    ["2009-03-001", undefined],
    ["2009-03_01", undefined],
    ["209", undefined],
    ["20090", undefined],
    ["", undefined],
    // A double timeline's years (a dot also separates a month, so "2009.5" is May).
    ["2009.00", "2009"],
    ["2009.000", "2009"],
    ["2009.", undefined],
    ["2009.5", "2009-05"],
    ["2009.50", undefined],
    ["2009.10", "2009-10"],
    ["x2009.0", undefined],
    ["02009", undefined],
    ["+2009", undefined],
    ["2009e0", undefined],
    ["2009.0x", undefined],
    ["0999.0", undefined],
    ["3000.0", undefined],
  ] as const)("%j → %j", (value, date) => {
    expect(toPartialDate(value)).toBe(date);
  });
});

import { describe, expect, it } from "vitest";
import { makeEdge, makeNode } from "../../../tests/fixtures/factory";
import { isoDay, spellOf } from "./spell";

describe("spellOf", () => {
  it.each([
    [
      "an event's date, over its start and end",
      { date: "2025-07", start: "2020" },
      "2025-07-01",
      "2025-07-31",
    ],
    [
      "start and end when the date is set but undefined",
      { date: undefined, start: "2020", end: "2021-02" },
      "2020-01-01",
      "2021-02-28",
    ],
    ["only the start", { start: "2024-02-29" }, "2024-02-29", undefined],
    ["only the end", { end: "2024" }, undefined, "2024-12-31"],
  ])("spans %s", (_, fields, start, end) => {
    expect(spellOf(makeNode({ id: "n", ...fields }))).toEqual({
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
    });
  });

  it("leaves out a date it cannot read, keeping the other end", () => {
    expect(spellOf(makeNode({ id: "n", start: "2025-13", end: "2026" }))).toEqual({
      end: "2026-12-31",
    });
    expect(spellOf(makeNode({ id: "n", start: "2025", end: "2025-02-30" }))).toEqual({
      start: "2025-01-01",
    });
    expect(spellOf(makeNode({ id: "n", date: "someday" }))).toBeUndefined();
  });

  it("is undefined for an undated element", () => {
    expect(spellOf(makeEdge({ id: "e", source: "a", target: "b" }))).toBeUndefined();
  });
});

describe("isoDay", () => {
  it("writes a UTC day number as YYYY-MM-DD", () => {
    expect([isoDay(0), isoDay(-1), isoDay(20_000)]).toEqual([
      "1970-01-01",
      "1969-12-31",
      "2024-10-04",
    ]);
  });
});

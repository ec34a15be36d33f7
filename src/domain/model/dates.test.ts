import { describe, expect, it } from "vitest";
import { dateSpan, formatDate, isValidDate, monthOf, overlaps, rangeSpan } from "./dates";

const day = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

describe("dateSpan", () => {
  it.each([
    ["1970-01-01", "1970-01-01", "1970-01-01"],
    ["2025-07-14", "2025-07-14", "2025-07-14"],
    ["2025-04", "2025-04-01", "2025-04-30"],
    ["2025-02", "2025-02-01", "2025-02-28"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-12", "2025-12-01", "2025-12-31"],
    ["2025", "2025-01-01", "2025-12-31"],
    ["1969-12-31", "1969-12-31", "1969-12-31"],
  ])("%s covers %s to %s", (date, first, last) => {
    expect(dateSpan(date)).toEqual({ first: day(first), last: day(last) });
  });

  it.each([
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["2023-02-29", false],
    ["1900-02-29", false],
    ["2025-02-30", false],
    ["2025-04-31", false],
    ["2025-01-31", true],
    ["2025-13", false],
    ["2025-00", false],
    ["2025-01-00", false],
    ["05/06/2024", false],
    ["2025-7-4", false],
    ["25-07-14", false],
    ["2025-07-14T10:00", false],
    [" 2025", false],
    ["", false],
  ])("%s is a real date: %s", (date, valid) => {
    expect(isValidDate(date)).toBe(valid);
    expect(dateSpan(date) !== null).toBe(valid);
  });
});

describe("rangeSpan and overlaps", () => {
  it("stretches open ends to infinity and rejects invalid ends", () => {
    expect(rangeSpan("2025-07")).toEqual({ first: day("2025-07-01"), last: Infinity });
    expect(rangeSpan(undefined, "2024")).toEqual({ first: -Infinity, last: day("2024-12-31") });
    expect(rangeSpan()).toEqual({ first: -Infinity, last: Infinity });
    expect(rangeSpan("2025-02-30", "2025-03")).toBeNull();
  });

  it("treats spans as inclusive on both sides", () => {
    const april = dateSpan("2025-04")!;
    expect(overlaps(april, dateSpan("2025-04-30")!)).toBe(true);
    expect(overlaps(april, dateSpan("2025-05-01")!)).toBe(false);
    expect(overlaps(dateSpan("2025")!, april)).toBe(true);
  });
});

describe("formatDate and monthOf", () => {
  it.each([
    ["2025", "2025", undefined],
    ["2025-04", "April 2025", "2025-04"],
    ["2025-07-04", "4 July 2025", "2025-07"],
    ["2025-12-31", "31 December 2025", "2025-12"],
    ["2025-02-30", "2025-02-30", "2025-02"],
    ["05/06/2024", "05/06/2024", undefined],
  ])("%s reads as %j, month %s", (date, label, month) => {
    expect(formatDate(date)).toBe(label);
    expect(monthOf(date)).toBe(month);
  });
});

describe("formatDate's month names", () => {
  const months = ["January", "February", "March", "April", "May", "June", "July", "August"]
    .concat(["September", "October", "November", "December"])
    .map((name, i) => [`2025-${String(i + 1).padStart(2, "0")}`, `${name} 2025`]);
  it.each(months)("%s reads as %s", (date, label) => {
    expect(formatDate(date)).toBe(label);
  });
});

describe("dateSpan for two-digit years", () => {
  it("keeps years 0–99 in the first century, not 1900–1999", () => {
    const span = dateSpan("0050-03");
    const year1950 = dateSpan("1950-03");
    expect(span).not.toBeNull();
    expect(span?.first).not.toBe(year1950?.first);
    expect(dateSpan("0004-02-29")).not.toBeNull();
    expect(dateSpan("0100-02-29")).toBeNull();
  });
});

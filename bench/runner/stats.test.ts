import { describe, expect, it } from "vitest";
import { percentile, summarize, sweepKeys } from "./stats";

describe("percentile", () => {
  it("takes the nearest rank, whatever the input order", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
  });

  it("summarises one value as itself", () => {
    expect(summarize([7])).toEqual({ median: 7, p95: 7, n: 1 });
  });

  it("refuses an empty sample", () => {
    expect(() => percentile([], 50)).toThrow();
  });
});

describe("sweepKeys", () => {
  it("walks to the last step and back, never pressing against an end", () => {
    expect(sweepKeys(3, 7)).toEqual([
      "ArrowRight",
      "ArrowRight",
      "ArrowLeft",
      "ArrowLeft",
      "ArrowRight",
      "ArrowRight",
      "ArrowLeft",
    ]);
  });

  it("stays within the slider for any length", () => {
    let index = 0;
    for (const key of sweepKeys(25, 120)) {
      index += key === "ArrowRight" ? 1 : -1;
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThanOrEqual(24);
    }
  });
});

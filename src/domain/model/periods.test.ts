import { describe, expect, it } from "vitest";
import { derivePeriods } from "./periods";

describe("derivePeriods", () => {
  it("makes one period per month, in date order, labelled by month", () => {
    const periods = derivePeriods([
      "2025-07-14",
      "2025-01",
      "2024-12-31",
      "2025-07-15",
      "2025-01-20",
    ]);
    expect(periods).toEqual([
      { id: "2024-12", label: "December 2024", start: "2024-12", end: "2024-12" },
      { id: "2025-01", label: "January 2025", start: "2025-01", end: "2025-01" },
      { id: "2025-07", label: "July 2025", start: "2025-07", end: "2025-07" },
    ]);
  });

  it("skips year-only and impossible dates", () => {
    expect(derivePeriods(["2025", "2025-02-30", "", "2025-04"]).map((p) => p.id)).toEqual([
      "2025-04",
    ]);
  });

  it("gives no periods for no dates", () => {
    expect(derivePeriods([])).toEqual([]);
  });
});

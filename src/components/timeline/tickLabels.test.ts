import { describe, expect, it } from "vitest";
import { labelledSteps, labelRoom } from "./tickLabels";

const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
const ARTICLE = ["Before 2025", "January 2025", "April 2025", "July 2025", "All time"];
const MONTHS = ["January", "February", "March", "April", "May", "June"]
  .concat(["July", "August", "September", "October", "November", "December"])
  .map((month) => `${month} 2024`);
const TWO_YEARS = [...MONTHS, ...MONTHS.map((label) => label.replace("2024", "2025")), "All time"];

describe("labelRoom", () => {
  it("leaves room for the longest word, and for the end labels' words in their half", () => {
    expect(labelRoom(["a", "September 2024", "b"])).toBeGreaterThan(labelRoom(["a", "May", "b"]));
    expect(labelRoom(["Extraordinarily", "a", "b"])).toBeGreaterThan(labelRoom(["a", "b", "c"]));
  });
});

describe("labelledSteps", () => {
  it("labels every step when there is room, or when the width is not known yet", () => {
    expect(sorted(labelledSteps(ARTICLE, 240).steps)).toEqual([0, 1, 2, 3, 4]);
    expect(labelledSteps(ARTICLE, null)).toEqual({ steps: new Set([0, 1, 2, 3, 4]), stride: 1 });
  });

  it("labels every n-th month of a long timeline, preferring an n that ends on the last", () => {
    const room = labelRoom(TWO_YEARS);
    // A rail with room for about four labels: every eighth month of 24, ending on All time.
    const { steps, stride } = labelledSteps(TWO_YEARS, (24 * room) / 7.5);
    expect(stride).toBe(8);
    expect(sorted(steps)).toEqual([0, 8, 16, 24]);
  });

  it("drops the label before the last one when the two would crowd, never the first", () => {
    const labels = TWO_YEARS.slice(0, 13).concat("All time");
    const room = labelRoom(labels);
    expect(sorted(labelledSteps(labels, (13 * room) / 4.5).steps)).toEqual([0, 5, 13]);
    expect(sorted(labelledSteps(["a", "b", "c"], 1).steps)).toEqual([0, 2]);
    expect(sorted(labelledSteps(["All time"], 300).steps)).toEqual([0]);
  });
});

import { describe, expect, it } from "vitest";
import { heapPeak } from "./importRow";

describe("heapPeak", () => {
  it("takes the largest heap after a collection between the markers, less the one before", () => {
    const trace = [
      "[1:0x1]  10 ms: Mark-Compact 9.0 (12.0) -> 4.0 (12.0) MB, 1.0 / 0.0 ms  task;",
      "IMPORT-START",
      "[1:0x1]  20 ms: Scavenge 8.0 (16.0) -> 6.5 (16.0) MB, 1.0 / 0.0 ms  allocation failure;",
      "[1:0x1]  30 ms: Scavenge 12.0 (20.0) -> 5.0 (20.0) MB, 1.0 / 0.0 ms  allocation failure;",
      "IMPORT-END",
      "[1:0x1]  40 ms: Mark-Compact 30.0 (40.0) -> 29.0 (40.0) MB, 1.0 / 0.0 ms  task;",
    ].join("\n");
    expect(heapPeak(trace)).toBe(2.5 * 1024 * 1024);
  });
});

import { describe, expect, it } from "vitest";
import type { Box } from "./separate";
import { SEPARATE_MAX_BOXES, separate } from "./separate";

const box = (x: number, y: number, w = 100, h = 40): Box => ({ x, y, w, h });

function overlapping(boxes: Box[], gap: number): number {
  let count = 0;
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      // Half a pixel short of the gap is close enough (separate's slack).
      const apartX = Math.abs(a.x - b.x) >= (a.w + b.w) / 2 + gap - 0.5;
      const apartY = Math.abs(a.y - b.y) >= (a.h + b.h) / 2 + gap - 0.5;
      if (!apartX && !apartY) count += 1;
    }),
  );
  return count;
}

describe("separate", () => {
  it("moves two overlapping boxes apart along the axis they overlap least, half each", () => {
    const boxes = [box(0, 0), box(90, 10)];
    separate(boxes, 6);
    // 106 needed across, 90 given: each moves 8 sideways (and a quarter pixel more); y stays.
    expect(boxes).toEqual([box(-8.25, 0), box(98.25, 10)]);
  });

  it("clears a crowd completely and leaves boxes that were apart where they were", () => {
    const crowd = Array.from({ length: 12 }, (_, i) => box((i % 4) * 30, Math.floor(i / 4) * 15));
    const far = box(5000, 5000);
    const boxes = [...crowd, far];
    separate(boxes, 6);
    expect(overlapping(boxes, 6)).toBe(0);
    expect(boxes.at(-1)).toEqual(box(5000, 5000));
  });

  it("gives the same result for the same input, even boxes on the same spot", () => {
    const run = () => {
      const boxes = [box(0, 0), box(0, 0), box(0, 0)];
      separate(boxes, 6);
      return boxes;
    };
    expect(run()).toEqual(run());
    expect(overlapping(run(), 6)).toBe(0);
  });

  it("leaves very many boxes alone rather than spend quadratic time", () => {
    const boxes = Array.from({ length: SEPARATE_MAX_BOXES + 1 }, () => box(0, 0));
    separate(boxes, 6);
    expect(boxes.every((b) => b.x === 0 && b.y === 0)).toBe(true);
  });
});

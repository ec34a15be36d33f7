import { describe, expect, it } from "vitest";
import {
  graphScale,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  LABEL_MAX_WIDTH,
  LARGE_GRAPH_ELEMENTS,
  labelSize,
  MEDIUM_GRAPH_ELEMENTS,
  wrapLabel,
} from "./metrics";

describe("wrapLabel", () => {
  it("keeps a short label on one line", () => {
    expect(wrapLabel("Jeff Bezos")).toEqual(["Jeff Bezos"]);
  });

  it("breaks a long label at spaces into lines the estimate keeps under the limit", () => {
    const lines = wrapLabel("Praise for the Post’s editorial shift");
    expect(lines.join(" ")).toBe("Praise for the Post’s editorial shift");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(labelSize([line]).w).toBeLessThanOrEqual(LABEL_MAX_WIDTH);
    }
  });

  it("gives an over-long word a line of its own, and collapses runs of spaces", () => {
    const word = "x".repeat(40);
    expect(wrapLabel(`a  ${word}  b`)).toEqual(["a", word, "b"]);
    expect(wrapLabel("   ")).toEqual([]);
  });

  it("fits fewer characters on a line at a larger size", () => {
    const label = "Government efficiency task force";
    expect(wrapLabel(label, 2 * LABEL_FONT_SIZE).length).toBeGreaterThan(wrapLabel(label).length);
  });
});

describe("labelSize", () => {
  it("is as tall as its lines and as wide as the longest", () => {
    const one = labelSize(["abc"]);
    const two = labelSize(["abc", "abcdef"]);
    expect(two.w).toBe(2 * one.w);
    expect(two.h).toBeCloseTo(LABEL_FONT_SIZE * (1 + LABEL_LINE_HEIGHT));
    expect(labelSize([])).toEqual({ w: 0, h: 0 });
  });
});

describe("graphScale", () => {
  const sized = (nodes: number, edges: number) => ({
    nodes: Array.from({ length: nodes }),
    edges: Array.from({ length: edges }),
  });
  it("counts nodes and edges together against the thresholds", () => {
    expect(graphScale(sized(37, 66))).toBe("small");
    expect(graphScale(sized(MEDIUM_GRAPH_ELEMENTS - 1, 0))).toBe("small");
    expect(graphScale(sized(MEDIUM_GRAPH_ELEMENTS / 2, MEDIUM_GRAPH_ELEMENTS / 2))).toBe("medium");
    expect(graphScale(sized(LARGE_GRAPH_ELEMENTS - 1, 0))).toBe("medium");
    expect(graphScale(sized(LARGE_GRAPH_ELEMENTS / 2, LARGE_GRAPH_ELEMENTS / 2))).toBe("large");
  });
});

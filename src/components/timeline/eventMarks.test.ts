import { describe, expect, it } from "vitest";
import { makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { eventMarks, MARKS_PER_STEP } from "./eventMarks";

const periods = [
  { id: "jan", label: "January", start: "2025-01", end: "2025-01" },
  { id: "feb", label: "February", start: "2025-02", end: "2025-02" },
];
const events = (count: number, month: string, from = 0) =>
  Array.from({ length: count }, (_, i) =>
    makeNode({ id: `${month}-${from + i}`, kind: "event", date: `2025-${month}-0${1 + (i % 9)}` }),
  );

describe("eventMarks", () => {
  it("fans a step's events out one mark each while they fit", () => {
    const graph = makeGraph({
      nodes: [...events(MARKS_PER_STEP, "01"), ...events(2, "02")],
      periods,
    });
    const marks = eventMarks(graph);
    expect(marks).toHaveLength(MARKS_PER_STEP + 2);
    expect(marks.every((m) => "event" in m)).toBe(true);
    expect(marks.filter((m) => m.step === 0).map((m) => [m.slot, m.of])).toEqual(
      Array.from({ length: MARKS_PER_STEP }, (_, i) => [i, MARKS_PER_STEP]),
    );
    expect(marks.filter((m) => m.step === 1).map((m) => [m.slot, m.of])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("gives a crowded step one mark counting its events", () => {
    const graph = makeGraph({ nodes: [...events(1000, "01"), ...events(1, "02")], periods });
    const marks = eventMarks(graph);
    expect(marks.filter((m) => m.step === 0)).toEqual([{ more: 1000, step: 0, slot: 0, of: 1 }]);
    expect(marks.filter((m) => m.step === 1)).toEqual([
      expect.objectContaining({ step: 1, slot: 0, of: 1 }),
    ]);
    const crowded = events(MARKS_PER_STEP + 1, "01");
    expect(eventMarks(makeGraph({ nodes: crowded, periods }))).toEqual([
      { more: MARKS_PER_STEP + 1, step: 0, slot: 0, of: 1 },
    ]);
  });

  it("gives undated events and dates outside every period no mark", () => {
    const graph = makeGraph({
      nodes: [
        makeNode({ id: "undated", kind: "event" }),
        makeNode({ id: "later", kind: "event", date: "2026-05-01" }),
        makeNode({ id: "person", date: "2025-01-02" }),
      ],
      periods,
    });
    expect(eventMarks(graph)).toEqual([]);
  });
});

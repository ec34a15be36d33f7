import { dateSpan, rangeSpan } from "../../domain/model/dates";
import type { DaySpan, Graph, GraphNode } from "../../domain/model/types";

/** Marks a step fans out at most; a step with more has one mark that counts them. */
export const MARKS_PER_STEP = 5;

export interface EventMark {
  event: GraphNode;
  /** Index of the timeline step (period) the event falls in. */
  step: number;
  /** Position among the events of the same step, and how many there are: marks fan out by it. */
  slot: number;
  of: number;
}

/** Stands for all the events of a crowded step. */
export interface MoreMark {
  more: number;
  step: number;
  slot: number;
  of: number;
}

const contains = (outer: DaySpan, inner: DaySpan) =>
  outer.first <= inner.first && inner.last <= outer.last;

/**
 * Dated events on the step of the first period whose span contains their date; the rest get no
 * mark. A step with more than MARKS_PER_STEP events has one mark that counts them: a thousand
 * marks fanned over one step would cover its neighbours' and cost a button each.
 */
export function eventMarks(graph: Graph): (EventMark | MoreMark)[] {
  const periods = graph.periods.map((p) => rangeSpan(p.start, p.end));
  const placed: { event: GraphNode; step: number }[] = [];
  for (const node of graph.nodes) {
    if (node.kind !== "event" || node.date === undefined) continue;
    const span = dateSpan(node.date);
    if (span === null) continue;
    const step = periods.findIndex((p) => p !== null && contains(p, span));
    if (step !== -1) placed.push({ event: node, step });
  }
  const perStep = new Map<number, number>();
  for (const { step } of placed) perStep.set(step, (perStep.get(step) ?? 0) + 1);
  const seen = new Map<number, number>();
  const marks: (EventMark | MoreMark)[] = [];
  for (const { event, step } of placed) {
    const slot = seen.get(step) ?? 0;
    seen.set(step, slot + 1);
    const count = perStep.get(step) ?? 1;
    if (count <= MARKS_PER_STEP) marks.push({ event, step, slot, of: count });
    else if (slot === 0) marks.push({ more: count, step, slot: 0, of: 1 });
  }
  return marks;
}

/** Horizontal position of step `index` of `count`, as a CSS length along the rail. */
export const stepPosition = (index: number, count: number): string =>
  `${count > 1 ? (index / (count - 1)) * 100 : 0}%`;

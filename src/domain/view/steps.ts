import type { Graph } from "../model/types";

export interface TimelineStep {
  /** Period id, or null for "All time". */
  period: string | null;
  label: string;
}

export const ALL_TIME_LABEL = "All time";

/** The slider's steps: one per period in order, then "All time". */
export function timelineSteps(graph: Graph): TimelineStep[] {
  return [
    ...graph.periods.map((p) => ({ period: p.id, label: p.label })),
    { period: null, label: ALL_TIME_LABEL },
  ];
}

export function stepIndex(graph: Graph, period: string | null): number {
  const index = timelineSteps(graph).findIndex((s) => s.period === period);
  return index === -1 ? graph.periods.length : index;
}

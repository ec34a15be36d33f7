import type { Graph } from "../model/types";
import { initialView } from "./filters";
import type { ViewState } from "./filters";

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

/**
 * The step a reader starts at: the graph's own `openingStep`, else its latest period — the
 * present of the story, where what has ended is drawn as past. Null (All time) without periods.
 */
export function openingPeriod(graph: Graph): string | null {
  const named = graph.openingStep;
  if (named !== undefined && graph.periods.some((p) => p.id === named)) return named;
  return graph.periods.at(-1)?.id ?? null;
}

/** The view a graph opens on when a link names no step. */
export const openingView = (graph: Graph): ViewState => ({
  ...initialView,
  period: openingPeriod(graph),
});

import { dateSpan, overlaps, rangeSpan } from "../../model/dates";
import type { DaySpan, Graph, GraphEdge, GraphNode } from "../../model/types";
import type { TimeMode } from "../filters";
import type { FilterStep } from "./step";

// Parsing dates is the costly part of a step on large graphs; elements are immutable, so parse once.
const spans = new WeakMap<GraphNode | GraphEdge, DaySpan | null>();

/** The days an element is about: an event's date, else its start/end span; null when it has no date. */
export function elementSpan(element: GraphNode | GraphEdge): DaySpan | null {
  const known = spans.get(element);
  if (known !== undefined) return known;
  const span =
    "date" in element && element.date !== undefined
      ? dateSpan(element.date)
      : element.start === undefined && element.end === undefined
        ? null
        : rangeSpan(element.start, element.end);
  spans.set(element, span);
  return span;
}

/** The days a period covers; null for "All time" and for an id the graph does not have. */
export function periodWindow(graph: Graph, periodId: string | null): DaySpan | null {
  const period = periodId === null ? undefined : graph.periods.find((p) => p.id === periodId);
  return period ? rangeSpan(period.start, period.end) : null;
}

const latestStarts = new WeakMap<Graph, number | null>();

/**
 * The last day anything in the graph begins (an element or a period): "up to All time" is up to
 * here, so a relationship that ended before it is past there as it is at the latest step.
 */
export function latestStart(graph: Graph): number | null {
  const known = latestStarts.get(graph);
  if (known !== undefined) return known;
  let latest: number | null = null;
  const consider = (span: DaySpan | null) => {
    if (span !== null && (latest === null || span.first > latest)) latest = span.first;
  };
  for (const element of graph.nodes) consider(elementSpan(element));
  for (const element of graph.edges) consider(elementSpan(element));
  for (const period of graph.periods) consider(rangeSpan(period.start, period.end));
  latestStarts.set(graph, latest);
  return latest;
}

/** The days a step covers: a period's, or for All time "up to" the end of the data onward. */
export function stepWindow(graph: Graph, period: string | null, mode: TimeMode): DaySpan | null {
  if (period !== null) return periodWindow(graph, period);
  const latest = mode === "upto" ? latestStart(graph) : null;
  return latest === null ? null : { first: latest, last: Number.POSITIVE_INFINITY };
}

export type TimeStatus = "shown" | "past" | "hidden";

/**
 * Where an element stands at a time window. "during": shown when its days meet the window's.
 * "up to": hidden when it starts after the window, past when it has an explicit end before the
 * window starts (an event long ago is still part of the story so far). Undated: always shown.
 */
export function timeStatus(
  element: GraphNode | GraphEdge,
  window: DaySpan | null,
  mode: TimeMode,
): TimeStatus {
  const span = elementSpan(element);
  if (span === null || window === null) return "shown";
  if (mode === "during") return overlaps(span, window) ? "shown" : "hidden";
  if (span.first > window.last) return "hidden";
  return element.end !== undefined && span.last < window.first ? "past" : "shown";
}

/**
 * The timeline step: elements outside the period go, those that ended before it are past (at
 * All time "up to", those that ended before the data's last start).
 */
export const timeStep: FilterStep = {
  name: "time",
  reads: ["period", "mode"],
  apply(graph, { period, mode }, stage) {
    const window = stepWindow(graph, period, mode);
    if (window === null) return stage;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const past = new Set(stage.past);
    const sort = (
      ids: ReadonlySet<string>,
      element: GraphNode | GraphEdge | undefined,
      kept: Set<string>,
    ) => {
      if (element === undefined || !ids.has(element.id)) return;
      const status = timeStatus(element, window, mode);
      if (status === "hidden") return;
      kept.add(element.id);
      if (status === "past") past.add(element.id);
    };
    for (const node of graph.nodes) sort(stage.nodes, node, nodes);
    for (const edge of graph.edges) sort(stage.edges, edge, edges);
    return { nodes, edges, past };
  },
};

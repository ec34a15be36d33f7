import { dateSpan, rangeSpan } from "../model/dates";
import type { DaySpan, Graph, GraphEdge, GraphNode } from "../model/types";
import type { ViewFilters, VisibleSet } from "./filters";

type TimeStatus = "active" | "past" | "hidden" | "undated";

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

function timeStatus(
  element: GraphNode | GraphEdge,
  window: DaySpan | null,
  mode: ViewFilters["mode"],
): TimeStatus {
  const span = elementSpan(element);
  if (span === null) return "undated";
  if (window === null) return "active";
  if (mode === "during")
    return span.first <= window.last && window.first <= span.last ? "active" : "hidden";
  if (span.first > window.last) return "hidden";
  // Only an explicit end makes something "past": an event long ago is still part of the story so far.
  return element.end !== undefined && span.last < window.first ? "past" : "active";
}

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

/** The days a time step covers: a period's, or for All time (in "up to" mode) the end of the data onward. */
function stepWindow(graph: Graph, filters: ViewFilters): DaySpan | null {
  if (filters.period !== null) return periodWindow(graph, filters.period);
  const latest = filters.mode === "upto" ? latestStart(graph) : null;
  return latest === null ? null : { first: latest, last: Number.POSITIVE_INFINITY };
}

/**
 * What the graph shows for a time step and filters. Dated elements follow their dates; an undated
 * entity appears when one of its relationships does, so the graph never shows it stranded.
 */
export function visibleSet(graph: Graph, filters: ViewFilters): VisibleSet {
  const window = stepWindow(graph, filters);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenStances = new Set(filters.hiddenStances);
  const nodeStatus = new Map<string, TimeStatus>();
  for (const node of graph.nodes) {
    nodeStatus.set(
      node.id,
      hiddenKinds.has(node.kind) ? "hidden" : timeStatus(node, window, filters.mode),
    );
  }

  const nodes = new Set<string>();
  const edges = new Set<string>();
  const past = new Set<string>();
  const linked = new Set<string>();
  for (const edge of graph.edges) {
    linked.add(edge.source).add(edge.target);
    const status = hiddenStances.has(edge.stance)
      ? "hidden"
      : timeStatus(edge, window, filters.mode);
    if (status === "hidden") continue;
    if (nodeStatus.get(edge.source) === "hidden" || nodeStatus.get(edge.target) === "hidden")
      continue;
    edges.add(edge.id);
    nodes.add(edge.source);
    nodes.add(edge.target);
    if (status === "past") past.add(edge.id);
  }
  for (const [id, status] of nodeStatus) {
    if (status === "active" || status === "past") nodes.add(id);
    if (status === "past") past.add(id);
    // A lone undated entity has nothing to wait for: show it whenever its kind is shown.
    if (status === "undated" && !linked.has(id)) nodes.add(id);
  }
  return { nodes, edges, past };
}

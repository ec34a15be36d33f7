import type { Graph } from "../../model/types";
import type { ViewFilters, VisibleSet } from "../filters";
import { searchGraph } from "../search";
import { certaintyStep, kindStep, sourcingStep, stanceStep } from "./attributes";
import { elementSpan, timeStep } from "./time";
import type { FilterStep } from "./step";
import { keepWhere } from "./step";

export type { FilterStep } from "./step";
export { keepWhere } from "./step";
export { elementSpan, periodWindow, timeStatus, timeStep } from "./time";
export type { TimeStatus } from "./time";
export { certaintyStep, kindStep, sourcingStep, stanceStep } from "./attributes";

/**
 * What the graph shows, in order. A new filter is one more entry here (its field in ViewFilters,
 * its URL parameter), and the canvas, lists, Details and the URL all follow it.
 */
export const GRAPH_STEPS: readonly FilterStep[] = [
  timeStep,
  kindStep,
  stanceStep,
  certaintyStep,
  sourcingStep,
];

/** The search narrows the lists only: the canvas marks the matches rather than hide the rest. */
export const searchStep: FilterStep = {
  name: "search",
  reads: ["query", "searchQuotes"],
  apply(graph, { query, searchQuotes }, stage) {
    const matches = searchGraph(graph, query, searchQuotes);
    if (matches === null) return stage;
    return keepWhere(graph, stage, {
      node: (node) => matches.nodes.has(node.id),
      edge: (edge) => matches.edges.has(edge.id),
    });
  },
};

export const LIST_STEPS: readonly FilterStep[] = [searchStep];

// Nodes with at least one relationship in the graph, whatever is shown; built once per graph.
const linkedCache = new WeakMap<Graph, ReadonlySet<string>>();
function linkedNodes(graph: Graph): ReadonlySet<string> {
  let linked = linkedCache.get(graph);
  if (!linked) {
    const ends = new Set<string>();
    for (const { source, target } of graph.edges) ends.add(source).add(target);
    linked = ends;
    linkedCache.set(graph, linked);
  }
  return linked;
}

/**
 * The rules that hold whatever the filters: a relationship shows only with both its ends, and an
 * undated entity that has relationships shows only while one of them does (the graph never shows
 * it stranded); a dated entity follows its own dates, and a lone undated one has nothing to wait for.
 */
export function settle(graph: Graph, stage: VisibleSet): VisibleSet {
  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const { id, source, target } of graph.edges) {
    if (!stage.edges.has(id) || !stage.nodes.has(source) || !stage.nodes.has(target)) continue;
    edges.add(id);
    touched.add(source).add(target);
  }
  const linked = linkedNodes(graph);
  const stranded = (id: string) => {
    const node = graph.nodeById.get(id);
    return node !== undefined && elementSpan(node) === null && linked.has(id) && !touched.has(id);
  };
  return keepWhere(graph, { ...stage, edges }, { node: (node) => !stranded(node.id) });
}

const everything = (graph: Graph): VisibleSet => ({
  nodes: new Set(graph.nodes.map((n) => n.id)),
  edges: new Set(graph.edges.map((e) => e.id)),
  past: new Set(),
});

const run = (graph: Graph, filters: ViewFilters, steps: readonly FilterStep[], from: VisibleSet) =>
  steps.reduce((stage, step) => step.apply(graph, filters, stage), from);

/** What the canvas draws and Details speaks of: every graph step in turn, then the settled rules. */
export const filterGraph = (
  graph: Graph,
  filters: ViewFilters,
  steps: readonly FilterStep[] = GRAPH_STEPS,
): VisibleSet => settle(graph, run(graph, filters, steps, everything(graph)));

/** The lists' contents: what the graph shows (`shown`, from filterGraph), narrowed by the list steps. */
export const filterLists = (
  graph: Graph,
  filters: ViewFilters,
  shown: VisibleSet,
  steps: readonly FilterStep[] = LIST_STEPS,
): VisibleSet => run(graph, filters, steps, shown);

/** The filter values `steps` read, in order: equal keys, equal results (for memoising). */
export const filterKey = (filters: ViewFilters, steps: readonly FilterStep[]): unknown[] =>
  steps.flatMap((step) => step.reads.map((field) => filters[field]));

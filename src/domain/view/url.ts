import { CERTAINTY_LEVELS } from "./certainty";
import { storySteps } from "../story/storySteps";
import { NODE_KINDS, STANCES } from "../model/types";
import type { Graph, NodeKind, Stance } from "../model/types";
import { initialView, SOURCING } from "./filters";
import { openingPeriod } from "./steps";
import type { ViewState } from "./filters";

// Short, stable parameter names: these links get shared.
const P = {
  period: "t",
  mode: "mode",
  kinds: "hide",
  stances: "stance",
  query: "q",
  searchQuotes: "quotes",
  selection: "sel",
  story: "story",
  certainty: "certainty",
  sourcing: "sources",
};

/** How the URL names the All time step, which is not where a graph opens. */
export const ALL_TIME_PARAM = "all";

/**
 * The view as a query string (without "?"); defaults are left out so links stay short: the time
 * step when it is the graph's `opening` step (see openingPeriod). The story step is counted from
 * 1 (`story=3` is "Step 3 of 13"), as a reader would say it.
 */
export function viewToQuery(view: ViewState, opening: string | null = null): string {
  const params = new URLSearchParams();
  if (view.period !== opening) params.set(P.period, view.period ?? ALL_TIME_PARAM);
  if (view.mode !== initialView.mode) params.set(P.mode, view.mode);
  if (view.hiddenKinds.length) params.set(P.kinds, [...view.hiddenKinds].sort().join(","));
  if (view.hiddenStances.length) params.set(P.stances, [...view.hiddenStances].sort().join(","));
  if (view.query !== "") params.set(P.query, view.query);
  if (view.searchQuotes) params.set(P.searchQuotes, "1");
  if (view.selection !== null) params.set(P.selection, view.selection);
  if (view.story !== null) params.set(P.story, String(view.story + 1));
  if (view.certainty !== initialView.certainty) params.set(P.certainty, view.certainty);
  if (view.sourcing !== initialView.sourcing) params.set(P.sourcing, view.sourcing);
  return params.toString();
}

const listParam = <T extends string>(raw: string | null, allowed: readonly T[]): T[] =>
  (raw ?? "").split(",").filter((x): x is T => (allowed as readonly string[]).includes(x));

/** A 1-based step number naming one of the graph's story steps, as a 0-based index; else null. */
function storyParam(raw: string | null, graph: Graph): number | null {
  if (raw === null || !/^[1-9]\d*$/.test(raw)) return null;
  const index = Number(raw) - 1;
  return index < storySteps(graph).length ? index : null;
}

/**
 * The step a link names: `all`, a period of this graph, or else the opening step. A story step
 * with a period of its own overrides it, so the step is never read over another time.
 */
function periodParam(raw: string | null, story: number | null, graph: Graph): string | null {
  const step = story === null ? undefined : storySteps(graph)[story];
  if (step !== undefined) return step.period;
  if (raw === ALL_TIME_PARAM) return null;
  return raw !== null && graph.periods.some((p) => p.id === raw) ? raw : openingPeriod(graph);
}

/** Reads a view from a query string, dropping whatever does not fit this graph. */
export function queryToView(query: string, graph: Graph): ViewState {
  const params = new URLSearchParams(query);
  const selection = params.get(P.selection);
  const certainty = params.get(P.certainty);
  const sourcing = params.get(P.sourcing);
  const story = storyParam(params.get(P.story), graph);
  return {
    period: periodParam(params.get(P.period), story, graph),
    mode: params.get(P.mode) === "during" ? "during" : "upto",
    hiddenKinds: listParam<NodeKind>(params.get(P.kinds), NODE_KINDS),
    hiddenStances: listParam<Stance>(params.get(P.stances), STANCES),
    query: params.get(P.query) ?? "",
    searchQuotes: params.get(P.searchQuotes) === "1",
    selection:
      selection !== null && (graph.nodeById.has(selection) || graph.edgeById.has(selection))
        ? selection
        : null,
    story,
    certainty: CERTAINTY_LEVELS.find((level) => level === certainty) ?? initialView.certainty,
    sourcing: SOURCING.find((s) => s === sourcing) ?? initialView.sourcing,
  };
}

import { filterGraph, filterKey, filterLists, GRAPH_STEPS, LIST_STEPS } from "../domain/view";
import { searchGraph } from "../domain/view";
import type { SearchMatches, VisibleSet } from "../domain/view";
import type { EntenteData } from "./initialState";

/**
 * Remembers the last result while `key` gives the same values: derived once, shared by every
 * reader, and not again for a change the result does not depend on (a selection, a story step).
 */
function memoLast<R>(
  key: (state: EntenteData) => readonly unknown[],
  compute: (state: EntenteData) => R,
): (state: EntenteData) => R {
  let last: { key: readonly unknown[]; result: R } | undefined;
  return (state) => {
    const next = key(state);
    if (!last || next.length !== last.key.length || next.some((v, i) => v !== last?.key[i]))
      last = { key: next, result: compute(state) };
    return last.result;
  };
}

/**
 * What the filter pipeline lets through: the canvas draws it, Details says when the selection is
 * not in it, the analysis panels work on it.
 */
export const selectShown: (state: EntenteData) => VisibleSet = memoLast(
  ({ graph, view }) => [graph, ...filterKey(view, GRAPH_STEPS)],
  ({ graph, view }) => filterGraph(graph, view),
);

/** The lists' contents: what the graph shows, narrowed by the search. */
export const selectListed: (state: EntenteData) => VisibleSet = memoLast(
  (state) => [state.graph, selectShown(state), ...filterKey(state.view, LIST_STEPS)],
  (state) => filterLists(state.graph, state.view, selectShown(state)),
);

/** What the search matches anywhere in the graph: the canvas marks these. */
export const selectMatches = ({ graph, view }: EntenteData): SearchMatches | null =>
  searchGraph(graph, view.query, view.searchQuotes);

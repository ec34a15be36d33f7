import { filterVisibleByCertainty } from "../domain/view";
import { searchGraph, visibleSet } from "../domain/view";
import type { SearchMatches, TimeMode, VisibleSet } from "../domain/view";
import type { Graph, NodeKind, Stance } from "../domain/model/types";
import type { EntenteData } from "./initialState";

/** Remembers the last result while its inputs are the same objects: derived once, shared by every reader. */
function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (!last || args.some((a, i) => a !== last?.args[i]))
      last = { args, result: compute(...args) };
    return last.result;
  };
}

const visibleMemo = memoLast(
  (
    graph: Graph,
    period: string | null,
    mode: TimeMode,
    kinds: readonly NodeKind[],
    stances: readonly Stance[],
  ) => visibleSet(graph, { period, mode, hiddenKinds: kinds, hiddenStances: stances, query: "" }),
);

/** What the current step and filters let through, before the certainty level (see selectShown). */
export const selectVisible = ({ graph, view }: EntenteData): VisibleSet =>
  visibleMemo(graph, view.period, view.mode, view.hiddenKinds, view.hiddenStances);

const shownMemo = memoLast(filterVisibleByCertainty);

/**
 * What the graph draws and the lists list: the visible set less the relationships the source is
 * not sure enough of. The same object as selectVisible at "all", and while the inputs stay put.
 */
export const selectShown = (state: EntenteData): VisibleSet =>
  shownMemo(state.graph, selectVisible(state), state.view.certainty);

const searchMemo = memoLast(searchGraph);

export const selectMatches = ({ graph, view }: EntenteData): SearchMatches | null =>
  searchMemo(graph, view.query);

const listedMemo = memoLast((visible: VisibleSet, matches: SearchMatches | null): VisibleSet =>
  matches === null
    ? visible
    : {
        nodes: new Set([...visible.nodes].filter((id) => matches.nodes.has(id))),
        edges: new Set([...visible.edges].filter((id) => matches.edges.has(id))),
        past: visible.past,
      },
);

/** The lists' contents: what the graph shows, narrowed by the search. */
export const selectListed = (state: EntenteData): VisibleSet =>
  listedMemo(selectShown(state), selectMatches(state));

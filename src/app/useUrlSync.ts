import { useLayoutEffect } from "react";
import { initialView, openingPeriod, queryToView, viewToQuery } from "../domain/view";
import type { ViewState } from "../domain/view";
import type { EntenteStore } from "../state";
import { FILE_PARAM } from "./open/lastFile";
import { createGraphHistory, entryState, keyOfEntry } from "./graphHistory";

// The parameters the view owns, learnt from viewToQuery itself so a renamed one cannot be missed.
const VIEW_PARAMS = [
  ...new URLSearchParams(
    viewToQuery({
      period: "p",
      mode: initialView.mode === "upto" ? "during" : "upto",
      hiddenKinds: ["person"],
      hiddenStances: ["alliance"],
      query: "q",
      searchQuotes: true,
      selection: "s",
      story: 0,
      certainty: initialView.certainty === "all" ? "confirmed" : "all",
      sourcing: initialView.sourcing === "all" ? "unsourced" : "all",
    }),
  ).keys(),
];

/** The current URL with the view's parameters replaced and everything else (graph=, e2e) kept. */
export function urlForView(
  view: ViewState,
  opening: string | null,
  href = window.location.href,
): string {
  const url = new URL(href);
  for (const key of VIEW_PARAMS) url.searchParams.delete(key);
  for (const [key, value] of new URLSearchParams(viewToQuery(view, opening))) {
    url.searchParams.append(key, value);
  }
  return url.href;
}

/**
 * Keeps the address bar and the view in step: the URL is read on start and on back/forward, and
 * rewritten on every change. A new selection adds a history entry, so Back walks through what the
 * reader looked at; filter and time changes replace the current one. Each entry names its graph:
 * Back across an opened file brings the earlier graph back (the last few are kept), or, once it
 * is forgotten, stays on the current graph rather than apply a view made for another one.
 */
export function useUrlSync(store: EntenteStore): void {
  // A layout effect: a shared link opens on its view at first paint, with no flash of the default.
  useLayoutEffect(() => {
    const graphs = createGraphHistory();
    let fromUrl = false;
    const current = () => graphs.keep(store.getState());
    // The step a link leaves out: the graph's opening step.
    const opening = () => openingPeriod(store.getState().graph);
    const applyUrl = () => {
      fromUrl = true;
      store.getState().openLink(window.location.search);
      fromUrl = false;
    };
    const followEntry = (event: PopStateEvent) => {
      const key = keyOfEntry(event.state);
      if (key === undefined || key === current()) return applyUrl();
      const earlier = graphs.recall(key);
      if (earlier === undefined) {
        const href = urlForView(store.getState().view, opening());
        window.history.replaceState(entryState(current()), "", href);
        return;
      }
      fromUrl = true;
      const view = queryToView(window.location.search, earlier.graph);
      store.getState().loadGraph(earlier.graph, earlier.problems, earlier.origin, view);
      fromUrl = false;
    };
    // A file's view waits for its file (useGraphOpener's restoreFile): it is not the built-in graph's.
    if (!new URLSearchParams(window.location.search).has(FILE_PARAM)) applyUrl();
    // Tidies a shared link that named something this graph lacks.
    window.history.replaceState(
      entryState(current()),
      "",
      urlForView(store.getState().view, opening()),
    );

    const unsubscribe = store.subscribe((state, previous) => {
      if (fromUrl) return;
      const href = urlForView(state.view, opening());
      if (state.graph !== previous.graph) {
        // The opener has already added an entry for a file (see useGraphOpener): label it.
        window.history.replaceState(entryState(current()), "", href);
        return;
      }
      if (state.view === previous.view || href === window.location.href) return;
      if (state.view.selection !== previous.view.selection) {
        window.history.pushState(entryState(current()), "", href);
      } else {
        window.history.replaceState(window.history.state, "", href);
      }
    });
    window.addEventListener("popstate", followEntry);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", followEntry);
    };
  }, [store]);
}

import { useLayoutEffect } from "react";
import { initialView, openingPeriod, queryToView, viewToQuery } from "../domain/view";
import type { ViewState } from "../domain/view";
import type { EntenteStore } from "../state";

// The parameters the view owns, learnt from viewToQuery itself so a renamed one cannot be missed.
const VIEW_PARAMS = [
  ...new URLSearchParams(
    viewToQuery({
      period: "p",
      mode: initialView.mode === "upto" ? "during" : "upto",
      hiddenKinds: ["person"],
      hiddenStances: ["alliance"],
      query: "q",
      selection: "s",
      story: 0,
      certainty: initialView.certainty === "all" ? "confirmed" : "all",
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
 * reader looked at; filter and time changes replace the current one.
 */
export function useUrlSync(store: EntenteStore): void {
  // A layout effect: a shared link opens on its view at first paint, with no flash of the default.
  useLayoutEffect(() => {
    let fromUrl = false;
    const applyUrl = () => {
      fromUrl = true;
      store.getState().setView(queryToView(window.location.search, store.getState().graph));
      fromUrl = false;
    };
    applyUrl();
    // Tidies a shared link that named something this graph lacks.
    const opening = () => openingPeriod(store.getState().graph);
    window.history.replaceState(
      window.history.state,
      "",
      urlForView(store.getState().view, opening()),
    );

    const unsubscribe = store.subscribe((state, previous) => {
      if (fromUrl || state.view === previous.view) return;
      const href = urlForView(state.view, opening());
      if (href === window.location.href) return;
      if (state.view.selection !== previous.view.selection) {
        window.history.pushState(null, "", href);
      } else {
        window.history.replaceState(window.history.state, "", href);
      }
    });
    window.addEventListener("popstate", applyUrl);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", applyUrl);
    };
  }, [store]);
}

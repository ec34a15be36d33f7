import { useEffect } from "react";
import { DETAILS_PANE_ID } from "../components/analysis/AnalysisArea";
import type { EntenteStore } from "../state";

// Less of the panel than this on screen counts as out of view.
const VISIBLE_PX = 120;

/**
 * Brings Details into view when something is selected and the panel is off screen — on a phone
 * it sits below the graph, so a tap on the canvas or in a list would otherwise change a panel the
 * reader cannot see. Where the panel is already in view nothing scrolls.
 */
export function useRevealDetails(store: EntenteStore): void {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const selection = state.view.selection;
        if (selection === null || selection === previous.view.selection) return;
        requestAnimationFrame(() => {
          const panel = document.getElementById(DETAILS_PANE_ID);
          if (panel === null) return;
          const { top, bottom } = panel.getBoundingClientRect();
          if (top > window.innerHeight - VISIBLE_PX || bottom < VISIBLE_PX) {
            panel.scrollIntoView({ block: "start" });
          }
        });
      }),
    [store],
  );
}

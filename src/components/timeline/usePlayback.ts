import { useEffect, useState } from "react";
import { openingPeriod, stepIndex, timelineSteps } from "../../domain/view";
import { useEntenteStore } from "../../state";
import type { EntenteState } from "../../state";

export const PLAY_INTERVAL_MS = 1200;

// Play tells the story up to its present (the opening step), not on into All time, where
// nothing new happens.
const atEnd = ({ graph, view }: EntenteState) =>
  stepIndex(graph, view.period) >= stepIndex(graph, openingPeriod(graph));

/** Walks the timeline one step per interval until the opening step, Pause, or unmount. */
export function usePlayback(): { playing: boolean; toggle: () => void } {
  const store = useEntenteStore();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    // The store is read inside the tick, never captured: a slider move mid-play is picked up.
    const timer = setInterval(() => {
      store.getState().stepBy(1);
      if (!atEnd(store.getState())) return;
      // Stopped here, not by the re-render that follows: the timer must not tick past the end.
      clearInterval(timer);
      setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, store]);

  const toggle = () => {
    const state = store.getState();
    if (!playing && atEnd(state)) state.setPeriod(timelineSteps(state.graph)[0]?.period ?? null);
    setPlaying(!playing);
  };
  return { playing, toggle };
}

import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { usePlayback } from "./usePlayback";

const selectHasPeriods = (s: EntenteState) => s.graph.periods.length > 0;

export function PlayButton() {
  const { playing, toggle } = usePlayback();
  const hasPeriods = useEntente(selectHasPeriods);
  return (
    <button type="button" className="timeline-play" onClick={toggle} disabled={!hasPeriods}>
      <span className="timeline-play-icon" aria-hidden="true">
        {playing ? "❚❚" : "▶"}
      </span>
      {playing ? "Pause" : "Play"}
    </button>
  );
}

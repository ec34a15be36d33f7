import { useShallow } from "zustand/react/shallow";
import { stepIndex, timelineSteps } from "../../domain/view";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { PlayButton } from "./PlayButton";
import { TimeModeSwitch } from "./TimeModeSwitch";
import { TimelineSlider } from "./TimelineSlider";
import { TIME_MODES } from "./modes";
import "./timeline.css";

const selectShowing = (s: EntenteState) => ({
  graph: s.graph,
  period: s.view.period,
  mode: s.view.mode,
});

/** The time controls: what is showing, Play, the mode switch, and the slider with its events. */
export function TimelinePanel() {
  const { graph, period, mode } = useEntente(useShallow(selectShowing));
  const label = timelineSteps(graph)[stepIndex(graph, period)]?.label ?? "";
  const showing = `Showing: ${label} — ${TIME_MODES[mode].phrase}`;
  return (
    <div className="timeline">
      <div className="timeline-bar">
        {/* One line, cut short with the whole in a tooltip, so stepping never moves what is below.
            The mode is the switch beside it; a trailing "— up to" was what a phone cut off. */}
        <p className="timeline-showing" title={showing}>
          Showing: <strong className="timeline-showing-step">{label}</strong>
        </p>
        <PlayButton />
        <TimeModeSwitch />
      </div>
      <TimelineSlider />
    </div>
  );
}

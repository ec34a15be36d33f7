import { useMemo } from "react";
import type { KeyboardEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { stepIndex, timelineSteps } from "../../domain/view";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { EventMarks } from "./EventMarks";
import { TimelineTicks } from "./TimelineTicks";

/** Steps that PageUp/PageDown jump. */
const PAGE = 3;

/** Where a key moves the slider from `index`, or null for keys it leaves alone. */
function keyTarget(key: string, index: number, last: number): number | null {
  switch (key) {
    case "ArrowLeft":
    case "ArrowDown":
      return index - 1;
    case "ArrowRight":
    case "ArrowUp":
      return index + 1;
    case "PageDown":
      return index - PAGE;
    case "PageUp":
      return index + PAGE;
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}

const selectSlider = (s: EntenteState) => ({
  graph: s.graph,
  period: s.view.period,
  setPeriod: s.setPeriod,
});

/** A native range input, one step per period plus "All time", with event marks above and labels below. */
export function TimelineSlider() {
  const { graph, period, setPeriod } = useEntente(useShallow(selectSlider));
  const steps = useMemo(() => timelineSteps(graph), [graph]);
  const index = stepIndex(graph, period);
  const last = steps.length - 1;
  const goTo = (i: number) => setPeriod(steps[Math.min(last, Math.max(0, i))]?.period ?? null);

  // Handled here rather than left to the browser so every engine (and jsdom) steps the same way.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const target = keyTarget(event.key, index, last);
    if (target === null) return;
    event.preventDefault();
    goTo(target);
  };

  return (
    <div className="timeline-track">
      <EventMarks steps={steps} />
      <input
        type="range"
        className="timeline-range"
        aria-label="Timeline"
        aria-valuetext={steps[index]?.label}
        min={0}
        max={last}
        step={1}
        value={index}
        onChange={(event) => goTo(Number(event.currentTarget.value))}
        onKeyDown={onKeyDown}
      />
      <TimelineTicks steps={steps} current={index} />
    </div>
  );
}

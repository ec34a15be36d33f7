import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { describeWhen } from "../../domain/model/labels";
import type { TimelineStep } from "../../domain/view";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { eventMarks, stepPosition } from "./eventMarks";

/** Sideways gap between marks that share a step, so each stays clickable. */
const FAN_PX = 16;

const selectMarks = (s: EntenteState) => ({
  graph: s.graph,
  selection: s.view.selection,
  select: s.select,
  setPeriod: s.setPeriod,
});

/** Marks in the outer quarter at either end open their tips inwards. */
function markClass(at: number, selected: boolean): string {
  const side = at < 0.25 ? " timeline-mark--start" : at > 0.75 ? " timeline-mark--end" : "";
  return `timeline-mark${side}${selected ? " timeline-mark--selected" : ""}`;
}

/**
 * One button per dated event, on the step of its period: clicking jumps there and selects it. A
 * step with many events has one "+" mark instead, which jumps to the step.
 */
export function EventMarks({ steps }: { steps: TimelineStep[] }) {
  const { graph, selection, select, setPeriod } = useEntente(useShallow(selectMarks));
  const marks = useMemo(() => eventMarks(graph), [graph]);
  return (
    <div className="timeline-marks timeline-rail">
      {marks.map((mark) => {
        const { step, slot, of } = mark;
        const offset = (slot - (of - 1) / 2) * FAN_PX;
        const left = `calc(${stepPosition(step, steps.length)} + ${offset}px)`;
        if ("more" in mark) {
          const period = steps[step];
          const name = `${mark.more} events in ${period?.label ?? "this step"}`;
          return (
            <button
              key={`more-${step}`}
              type="button"
              className={`${markClass(step / Math.max(1, steps.length - 1), false)} timeline-mark--more`}
              style={{ left }}
              aria-label={name}
              onClick={() => setPeriod(period?.period ?? null)}
            >
              <span aria-hidden="true">+</span>
              <span className="timeline-mark-tip" aria-hidden="true">
                {name}
              </span>
            </button>
          );
        }
        const { event } = mark;
        const when = describeWhen(event);
        return (
          <button
            key={event.id}
            type="button"
            className={markClass(step / Math.max(1, steps.length - 1), event.id === selection)}
            style={{ left }}
            aria-label={when ? `Event: ${event.label}, ${when}` : `Event: ${event.label}`}
            onClick={() => {
              setPeriod(steps[step]?.period ?? null);
              select(event.id);
            }}
          >
            <span className="timeline-mark-tip" aria-hidden="true">
              {event.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}

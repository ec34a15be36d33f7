import type { TimelineStep } from "../../domain/view";
import { stepPosition } from "./eventMarks";

/** The step labels, each centred under its thumb position; hidden from assistive tech, which hears valuetext. */
export function TimelineTicks({ steps, current }: { steps: TimelineStep[]; current: number }) {
  const count = steps.length;
  // Each label may use the room between two neighbouring steps before it wraps.
  const room = count > 1 ? `${100 / (count - 1)}%` : "100%";
  return (
    <ol className="timeline-ticks timeline-rail" aria-hidden="true">
      {steps.map((step, i) => (
        <li
          key={step.period ?? ""}
          className={i === current ? "timeline-tick timeline-tick--current" : "timeline-tick"}
          style={{ left: stepPosition(i, count), maxWidth: room }}
        >
          {step.label}
        </li>
      ))}
    </ol>
  );
}

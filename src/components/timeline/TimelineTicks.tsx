import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CSSProperties, RefObject } from "react";
import type { TimelineStep } from "../../domain/view";
import { stepPosition } from "./eventMarks";
import { labelledSteps } from "./tickLabels";
import { shortLabel } from "../../domain/model/labels";

const TICK_CAP = 30;

function useWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  // Measured before the first paint, so labels never flash crowded; then kept up to date.
  useLayoutEffect(() => {
    const rail = ref.current;
    if (rail === null) return;
    const measure = () => setWidth(rail.clientWidth || null);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(rail);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * A tick per step and the step labels, each label in a box as wide as the gap between labelled
 * steps (the end ones about half that, aligned to the rail's ends), so labels wrap rather than
 * collide.
 * Hidden from assistive tech, which hears the slider's valuetext.
 */
export function TimelineTicks({ steps, current }: { steps: TimelineStep[]; current: number }) {
  const rail = useRef<HTMLOListElement>(null);
  const count = steps.length;
  // Capped: the ticks are drawn for the eye only (the slider names each step in full).
  const labels = useMemo(() => steps.map((step) => shortLabel(step.label, TICK_CAP)), [steps]);
  const { steps: labelled, stride } = labelledSteps(labels, useWidth(rail));
  const share = count > 1 ? Math.min(100, (stride * 100) / (count - 1)) : 100;
  const room = { "--tick-room": `${share}%` } as CSSProperties;
  return (
    <ol ref={rail} className="timeline-ticks timeline-rail" aria-hidden="true" style={room}>
      {steps.map((step, i) => (
        <li
          key={step.period ?? ""}
          className={i === current ? "timeline-tick timeline-tick--current" : "timeline-tick"}
          style={{ left: stepPosition(i, count) }}
        >
          {labelled.has(i) && <span className="timeline-tick-label">{labels[i]}</span>}
        </li>
      ))}
    </ol>
  );
}

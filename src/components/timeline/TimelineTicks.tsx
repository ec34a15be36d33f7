import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { RefObject } from "react";
import type { TimelineStep } from "../../domain/view";
import { stepPosition } from "./eventMarks";
import { labelLevels, labelSpan, placeYearOnce, visibleLabels } from "./tickLabels";
import { shortLabel } from "../../domain/model/labels";

const TICK_CAP = 30;

interface Placement {
  /** Each step's label in the form drawn: the roomiest of labelLevels' that names the most steps. */
  labels: readonly string[];
  shown: ReadonlySet<number>;
  /** Each label's left edge relative to its tick, in px: the ends are kept inside the rail. */
  shifts: readonly number[];
}

const samePlacement = (a: Placement | null, b: Placement) =>
  a !== null &&
  a.labels.every((label, i) => label === b.labels[i]) &&
  a.shown.size === b.shown.size &&
  [...b.shown].every((i) => a.shown.has(i)) &&
  a.shifts.every((shift, i) => shift === b.shifts[i]);

/** Lays the labels out, measures them and the rail, and keeps those that fit, before paint. */
function usePlacement(
  rail: RefObject<HTMLOListElement | null>,
  forms: readonly string[][],
  current: number,
) {
  const [placement, setPlacement] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const list = rail.current;
    if (list === null) return;
    const measure = () => {
      const width = list.clientWidth;
      const ticks = [...list.querySelectorAll<HTMLElement>(".timeline-tick")];
      const last = ticks.length - 1;
      const positions = ticks.map((_, i) => (last > 0 ? (i * width) / last : 0));
      const measured = [...list.querySelectorAll<HTMLElement>(".timeline-tick-measure")];
      const levels = ticks.length > 0 ? measured.length / ticks.length : 0;
      let next: Placement | null = null;
      const widthsAt = (level: number) =>
        measured.slice(level * ticks.length, (level + 1) * ticks.length).map((m) => m.offsetWidth);
      for (let level = 0; level < levels; level++) {
        const labelsAt = forms[level] ?? [];
        // The last form drops years, which only holds after a shown month of the same year.
        const { shown, labels, widths } =
          level > 0 && level === levels - 1
            ? placeYearOnce(
                positions,
                { labels: forms[level - 1] ?? [], widths: widthsAt(level - 1) },
                { labels: labelsAt, widths: widthsAt(level) },
                width,
              )
            : {
                shown: visibleLabels(positions, widthsAt(level), width),
                labels: labelsAt,
                widths: widthsAt(level),
              };
        // A shorter form only where it names more steps: "April 2025" reads better than "Apr".
        if (next !== null && shown.size <= next.shown.size) continue;
        const shifts = positions.map((at, i) => labelSpan(at, widths[i] ?? 0, width)[0] - at);
        next = { labels, shown, shifts };
      }
      if (next === null) return;
      const placed = next;
      setPlacement((prev) => (samePlacement(prev, placed) ? prev : placed));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
    // `current` is a dependency as the current label is bold, so wider.
  }, [rail, forms, current]);
  return placement;
}

/**
 * A tick per step and the step labels on one line each, in the roomiest form that names every
 * step ("February 2025", "Feb 2025", "Feb"), thinned by measured width only when even the most
 * compact is too wide, so neighbours never overlap; every tick names its step in full in a
 * tooltip. Hidden from assistive tech, which hears the slider's valuetext.
 */
export function TimelineTicks({ steps, current }: { steps: TimelineStep[]; current: number }) {
  const rail = useRef<HTMLOListElement>(null);
  const count = steps.length;
  // Capped: the ticks are drawn for the eye only (the slider and the tooltips name each step in full).
  const levels = useMemo(
    () => labelLevels(steps.map((step) => shortLabel(step.label, TICK_CAP))),
    [steps],
  );
  const placement = usePlacement(rail, levels, current);
  const labels = placement?.labels ?? levels[0] ?? [];
  return (
    <ol ref={rail} className="timeline-ticks timeline-rail" aria-hidden="true">
      {steps.map((step, i) => (
        <li
          key={step.period ?? ""}
          className={i === current ? "timeline-tick timeline-tick--current" : "timeline-tick"}
          style={{ left: stepPosition(i, count) }}
          title={step.label}
        >
          <span
            className="timeline-tick-label"
            style={{
              left: `calc(50% + ${placement?.shifts[i] ?? 0}px)`,
              visibility: placement?.shown.has(i) ? undefined : "hidden",
            }}
          >
            {labels[i]}
          </span>
        </li>
      ))}
      {/* Every form of every label, unseen, so the placement measures them all in one pass. */}
      <li className="timeline-tick-measures">
        {levels.flatMap((level, k) =>
          level.map((label, i) => (
            <span
              key={`${k}-${i}`}
              className={
                i === current
                  ? "timeline-tick-measure timeline-tick-measure--current"
                  : "timeline-tick-measure"
              }
            >
              {label}
            </span>
          )),
        )}
      </li>
    </ol>
  );
}

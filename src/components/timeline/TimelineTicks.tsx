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

/** What the placement reads off the page: the rail's width and every form's width, plain and bold. */
interface Metrics {
  width: number;
  /** [level][step]: each label form's width as a plain tick, and as the current (bold) one. */
  plain: readonly (readonly number[])[];
  bold: readonly (readonly number[])[];
}

/**
 * Measures the rail and every label form in both weights when the labels or the rail's size
 * change, not at each step: a step only moves the bold label, and reading widths after it would
 * force the page's layout in the middle of the step.
 */
function useMetrics(rail: RefObject<HTMLOListElement | null>, forms: readonly string[][]) {
  const [metrics, setMetrics] = useState<Metrics | null>(null);
  useLayoutEffect(() => {
    const list = rail.current;
    if (list === null) return;
    const measure = () => {
      const widths = (selector: string) => {
        const spans = [...list.querySelectorAll<HTMLElement>(selector)];
        return forms.map((level, k) =>
          level.map((_, i) => spans[k * level.length + i]?.offsetWidth ?? 0),
        );
      };
      setMetrics({
        width: list.clientWidth,
        plain: widths(".timeline-tick-measure:not(.timeline-tick-measure--current)"),
        bold: widths(".timeline-tick-measure--current"),
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [rail, forms]);
  return metrics;
}

/** The roomiest label forms that name the most steps, with the current (bold) one at `current`. */
function placeLabels(
  { width, plain, bold }: Metrics,
  forms: readonly string[][],
  current: number,
): Placement | null {
  const count = forms[0]?.length ?? 0;
  const positions = Array.from({ length: count }, (_, i) =>
    count > 1 ? (i * width) / (count - 1) : 0,
  );
  const widthsAt = (level: number) =>
    (plain[level] ?? []).map((w, i) => (i === current ? (bold[level]?.[i] ?? w) : w));
  let next: Placement | null = null;
  for (let level = 0; level < forms.length; level++) {
    const labelsAt = forms[level] ?? [];
    // The last form drops years, which only holds after a shown month of the same year.
    const { shown, labels, widths } =
      level > 0 && level === forms.length - 1
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
  return next;
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
  const metrics = useMetrics(rail, levels);
  const placement = useMemo(
    () => (metrics === null ? null : placeLabels(metrics, levels, current)),
    [metrics, levels, current],
  );
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
      {/* Every form of every label in both weights, unseen, measured in one pass. */}
      <li className="timeline-tick-measures">
        {["plain", "bold"].flatMap((weight) =>
          levels.flatMap((level, k) =>
            level.map((label, i) => (
              <span
                key={`${weight}-${k}-${i}`}
                className={
                  weight === "bold"
                    ? "timeline-tick-measure timeline-tick-measure--current"
                    : "timeline-tick-measure"
                }
              >
                {label}
              </span>
            )),
          ),
        )}
      </li>
    </ol>
  );
}

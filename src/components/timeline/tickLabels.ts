// Which timeline steps get a label, so that labels never collide however many steps there are.
// Works on measured widths: the labels are laid out, measured, then thinned before paint.

/** The least gap kept between neighbouring labels, in px. */
export const TICK_GAP_PX = 8;

/** Where a label of `width` sits on a rail `rail` px wide when centred on `at`, kept inside the rail. */
export function labelSpan(at: number, width: number, rail: number): [number, number] {
  const left = Math.min(Math.max(0, at - width / 2), Math.max(0, rail - width));
  return [left, left + width];
}

/** Whether two label spans are at least `gap` px apart, either way round. */
const apart = (a: readonly number[], b: readonly number[], gap: number) =>
  (a[1] ?? 0) + gap <= (b[0] ?? 0) || (b[1] ?? 0) + gap <= (a[0] ?? 0);

/**
 * Which labels show on a rail `rail` px wide, given each step's position and measured label width:
 * the first and the last always (the last is the present), then every other from the left that
 * clears the labels already kept by `gap`. Thinning by room, not by a rule: a step keeps its label
 * whenever there is space for it.
 */
export function visibleLabels(
  positions: readonly number[],
  widths: readonly number[],
  rail: number,
  gap = TICK_GAP_PX,
): Set<number> {
  const count = Math.min(positions.length, widths.length);
  const spans = positions.slice(0, count).map((at, i) => labelSpan(at, widths[i] ?? 0, rail));
  const kept: number[] = [];
  const clears = (i: number) =>
    kept.every((k) => {
      const [a, b] = [spans[i], spans[k]];
      return a !== undefined && b !== undefined && apart(a, b, gap);
    });
  const order = count > 1 ? [0, count - 1] : count === 1 ? [0] : [];
  for (let i = 1; i < count - 1; i++) order.push(i);
  for (const i of order) {
    // The two ends always show: a crowded rail drops a middle label, never the first or the present.
    if (kept.length < 2 || clears(i)) kept.push(i);
  }
  return new Set(kept);
}

const MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
/** A month of a year, as cut: "Feb 2025". "Before 2025" names a year but no month: it says no year for what follows. */
const MONTH_OF_YEAR = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{4})$/;

/**
 * The tick labels from the roomiest to the most compact: as written; month names cut to three
 * letters ("Feb 2025"); and months without their year ("Feb"), which `placeYearOnce` uses only
 * after a shown month of the same year.
 */
export function labelLevels(labels: readonly string[]): string[][] {
  const short = labels.map((label) => label.replace(MONTH, (month) => month.slice(0, 3)));
  const bare = short.map((label) => MONTH_OF_YEAR.exec(label)?.[1] ?? label);
  return [[...labels], short, bare];
}

interface Forms {
  labels: readonly string[];
  widths: readonly number[];
}

/**
 * Which labels show, and in which form, when a year is said once: left to right, a month drops
 * its year only when the label kept before it is a month of that same year (said or implied), so
 * thinning never leaves "Apr" with the label that named its year hidden. A dropped year only
 * narrows a label, inside the span it was kept with, so kept labels still never overlap.
 */
export function placeYearOnce(
  positions: readonly number[],
  short: Forms,
  bare: Forms,
  rail: number,
  gap = TICK_GAP_PX,
): { shown: Set<number>; labels: string[]; widths: number[] } {
  const count = Math.min(positions.length, short.labels.length, bare.labels.length);
  const labels = short.labels.slice(0, count);
  const widths = short.widths.slice(0, count);
  const yearOf = (i: number) => MONTH_OF_YEAR.exec(short.labels[i] ?? "")?.[2];
  const kept: number[] = [];
  const span = (i: number) => labelSpan(positions[i] ?? 0, widths[i] ?? 0, rail);
  const clears = (i: number) => kept.every((k) => apart(span(i), span(k), gap));
  const last = count - 1;
  let before: number | undefined;
  const bareAfter = (i: number) => {
    if (before === undefined || yearOf(i) === undefined || yearOf(before) !== yearOf(i)) return;
    labels[i] = bare.labels[i] ?? labels[i] ?? "";
    widths[i] = bare.widths[i] ?? widths[i] ?? 0;
  };
  // The two ends always show (the last as wide as its year makes it, until its neighbour is known).
  if (count > 0) kept.push(0);
  before = count > 0 ? 0 : undefined;
  if (last > 0) kept.push(last);
  for (let i = 1; i < last; i++) {
    const [label, width] = [labels[i], widths[i]];
    bareAfter(i);
    if (clears(i)) {
      kept.push(i);
      before = i;
    } else {
      labels[i] = label ?? "";
      widths[i] = width ?? 0;
    }
  }
  if (last > 0) bareAfter(last);
  return { shown: new Set(kept), labels, widths };
}

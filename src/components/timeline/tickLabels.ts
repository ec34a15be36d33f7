// Which timeline steps get a label, so that labels never collide however many steps there are.
// Works on measured widths: the labels are laid out, measured, then thinned before paint.

/** The least gap kept between neighbouring labels, in px. */
export const TICK_GAP_PX = 8;

/** Where a label of `width` sits on a rail `rail` px wide when centred on `at`, kept inside the rail. */
export function labelSpan(at: number, width: number, rail: number): [number, number] {
  const left = Math.min(Math.max(0, at - width / 2), Math.max(0, rail - width));
  return [left, left + width];
}

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
      return a !== undefined && b !== undefined && (a[1] + gap <= b[0] || b[1] + gap <= a[0]);
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
const YEAR_AT_END = /^(.*\S)\s+(\d{4})$/;

/**
 * The tick labels from the roomiest to the most compact: as written; month names cut to three
 * letters ("Feb 2025"); and then a year said once, on the first step of it ("Feb 2025", "Mar").
 */
export function labelLevels(labels: readonly string[]): string[][] {
  const short = labels.map((label) => label.replace(MONTH, (month) => month.slice(0, 3)));
  const once = short.map((label, i) => {
    const here = YEAR_AT_END.exec(label);
    const before = i > 0 ? YEAR_AT_END.exec(short[i - 1] ?? "") : null;
    return here?.[1] !== undefined && here[2] === before?.[2] ? here[1] : label;
  });
  return [[...labels], short, once];
}

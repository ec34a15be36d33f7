// Which timeline steps get a label, so that labels never collide however many steps there are.
// Widths are estimated, not measured, so the choice is made before the first paint.

/** A generous advance for the 12px tick font, and the gap kept between neighbouring labels. */
const CHAR_PX = 7;
const GAP_PX = 8;
/** Half the slider thumb: how far the end labels reach past the first and last ticks. */
const HALF_THUMB_PX = 9;

// Folds, not Math.max(...list): a file's thousands of periods or words would overflow the stack as arguments.
const widest = (items: readonly string[], width: (item: string) => number) =>
  items.reduce((most, item) => Math.max(most, width(item)), 0);

const longestWord = (label: string) => widest(label.split(/\s+/), (word) => word.length) * CHAR_PX;

/**
 * Room between labelled ticks that every label can use without breaking a word: a middle label
 * has all of it, an end label about half (see timeline.css).
 */
export function labelRoom(labels: readonly string[]): number {
  const ends = [labels[0] ?? "", labels.at(-1) ?? ""];
  const middle = widest(labels, longestWord);
  const end = 2 * (widest(ends, longestWord) - 2 * HALF_THUMB_PX);
  return Math.max(middle, end) + GAP_PX;
}

/** The least stride that gives `room`, or a slightly larger one that lands on the last step. */
function strideFor(gaps: number, room: number, width: number | null): number {
  if (!width || gaps <= 0) return 1;
  const least = Math.max(1, Math.ceil((room * gaps) / width));
  for (let stride = least; stride <= least * 1.5; stride++) {
    if (gaps % stride === 0) return stride;
  }
  return least;
}

/**
 * Which steps get a label on a rail `width` px wide: every step when there is room (or the width
 * is not known yet), else every n-th from the first, and always the last ("All time"), dropping
 * the one before it if the two would crowd. Also returns n, the labels' stride.
 */
export function labelledSteps(labels: readonly string[], width: number | null) {
  const gaps = labels.length - 1;
  const stride = strideFor(gaps, labelRoom(labels), width);
  const steps = new Set<number>();
  for (let i = 0; i < gaps; i += stride) steps.add(i);
  const beforeLast = gaps - (gaps % stride || stride);
  if (beforeLast > 0 && gaps - beforeLast < stride) steps.delete(beforeLast);
  if (labels.length > 0) steps.add(gaps);
  return { steps, stride };
}

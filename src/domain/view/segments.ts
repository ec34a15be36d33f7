/** A stretch of text to highlight, start inclusive and end exclusive (UTF-16 code units). */
export interface MarkRange<Id> {
  start: number;
  end: number;
  id: Id;
}

/** A run of text covered by the same set of ranges. */
export interface Segment<Id> {
  start: number;
  end: number;
  text: string;
  /** True when at least one range covers this run. */
  marked: boolean;
  /** The ranges covering it, in the order they were given, each once. */
  ids: Id[];
}

export interface Paragraph<Id> {
  start: number;
  segments: Segment<Id>[];
}

/**
 * Splits `text` into runs so that every run is covered by exactly one set of ranges. Ranges may
 * overlap, nest or stick out of the text (they are clipped); empty ranges are ignored.
 */
export function segmentText<Id>(
  text: string,
  ranges: readonly MarkRange<Id>[],
  from = 0,
  to = text.length,
): Segment<Id>[] {
  const clipped = ranges
    .map((r) => ({ ...r, start: Math.max(r.start, from), end: Math.min(r.end, to) }))
    .filter((r) => r.start < r.end);
  const cuts = [...new Set([from, to, ...clipped.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment<Id>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const ids = [
      ...new Set(clipped.filter((r) => r.start <= start && end <= r.end).map((r) => r.id)),
    ];
    const last = segments.at(-1);
    // Adjacent runs under the same ranges read as one passage (two quotes sharing an edge, say).
    if (last && sameIds(last.ids, ids)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), marked: ids.length > 0, ids });
    }
  }
  return segments;
}

const sameIds = <Id>(a: readonly Id[], b: readonly Id[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The text's lines (split on "\n", blank lines dropped), each cut into segments. A range that
 * spans a line break is cut in two, so no highlight ever wraps a paragraph boundary.
 * Each line is cut by the ranges that reach it only: a long source with a quote per sentence
 * would otherwise cost lines × ranges.
 */
export function segmentParagraphs<Id>(
  text: string,
  ranges: readonly MarkRange<Id>[],
): Paragraph<Id>[] {
  const byStart = ranges
    .map((range, order) => ({ range, order }))
    .sort((a, b) => a.range.start - b.range.start);
  let next = 0;
  let open: typeof byStart = [];
  const paragraphs: Paragraph<Id>[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const end = start + line.length;
    while (next < byStart.length && (byStart[next]?.range.start ?? Infinity) < end) {
      open.push(byStart[next] as (typeof byStart)[number]);
      next++;
    }
    // Lines only move forward: a range that ends before this one starts reaches no later line.
    open = open.filter(({ range }) => range.end > start);
    if (line.trim() !== "") {
      const reaching = [...open].sort((a, b) => a.order - b.order).map(({ range }) => range);
      paragraphs.push({ start, segments: segmentText(text, reaching, start, end) });
    }
    start = end + 1;
  }
  return paragraphs;
}

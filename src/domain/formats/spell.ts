import { dateSpan } from "../model/dates";
import type { GraphEdge, GraphNode } from "../model/types";

/** A GEXF spell: inclusive first and last day, either side open. */
export type Spell = { start?: string; end?: string };

/** A UTC day number as `YYYY-MM-DD`. */
export const isoDay = (day: number): string =>
  new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * When an element exists, from the first day of its start (or event date) to the last day of its
 * end; undefined when it is undated, which Gephi reads as "always present".
 */
export function spellOf(element: GraphNode | GraphEdge): Spell | undefined {
  // An event's date wins over start/end, as it does in the details panel.
  const [from, to] =
    "date" in element && element.date !== undefined
      ? [element.date, element.date]
      : [element.start, element.end];
  const first = from === undefined ? undefined : dateSpan(from)?.first;
  const last = to === undefined ? undefined : dateSpan(to)?.last;
  if (first === undefined && last === undefined) return undefined;
  return {
    ...(first === undefined ? {} : { start: isoDay(first) }),
    ...(last === undefined ? {} : { end: isoDay(last) }),
  };
}

import { formatDate } from "../src/domain/model/dates";
import type { GraphDocument } from "../src/domain/load/load";

type Period = NonNullable<GraphDocument["periods"]>[number];

const FIRST_YEAR = 2024;
/** Two years of monthly steps: long enough that a timeline run measures many transitions. */
export const MONTHS = 24;

/** `YYYY-MM` of month `index`, counting from January 2024. */
export function monthId(index: number): string {
  const year = FIRST_YEAR + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** One explicit period per month, labelled as the app labels derived ones ("January 2024"). */
export function monthlyPeriods(): Period[] {
  return Array.from({ length: MONTHS }, (_, i) => {
    const id = monthId(i);
    return { id, label: formatDate(id), start: id, end: id };
  });
}

/** A full date inside month `index`; days stop at 28 so every month has them. */
export const dayIn = (index: number, day: number): string =>
  `${monthId(index)}-${String(day).padStart(2, "0")}`;

import type { DaySpan, PartialDate } from "./types";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// UTC throughout, so nothing here depends on the viewer's time zone; setUTCFullYear because
// Date.UTC reads years 0–99 as 1900–1999.
const utc = (year: number, monthIndex: number, day: number): Date => {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
};

const dayNumber = (year: number, monthIndex: number, day: number): number =>
  Math.round(utc(year, monthIndex, day).getTime() / 86_400_000);

const daysInMonth = (year: number, monthIndex: number): number =>
  utc(year, monthIndex + 1, 0).getUTCDate();

/** The days a partial date covers (`2025-04` → April 1–30), or null when it is not a real calendar date. */
export function dateSpan(date: PartialDate): DaySpan | null {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { first: dayNumber(year, 0, 1), last: dayNumber(year, 11, 31) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month - 1);
  if (match[3] === undefined) {
    return { first: dayNumber(year, month - 1, 1), last: dayNumber(year, month - 1, lastDay) };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return null;
  const d = dayNumber(year, month - 1, day);
  return { first: d, last: d };
}

export const isValidDate = (date: PartialDate): boolean => dateSpan(date) !== null;

/** The span from the first day of `start` to the last day of `end`; open ends stretch to infinity. */
export function rangeSpan(start?: PartialDate, end?: PartialDate): DaySpan | null {
  const from = start === undefined ? null : dateSpan(start);
  const to = end === undefined ? null : dateSpan(end);
  if ((start !== undefined && !from) || (end !== undefined && !to)) return null;
  return { first: from ? from.first : -Infinity, last: to ? to.last : Infinity };
}

export const overlaps = (a: DaySpan, b: DaySpan): boolean => a.first <= b.last && b.first <= a.last;

/** "2025", "April 2025" or "14 July 2025"; the input as written when it is not a valid date. */
export function formatDate(date: PartialDate): string {
  const match = PARTIAL_DATE.exec(date);
  if (!match || !isValidDate(date)) return date;
  const [, year, month, day] = match;
  if (month === undefined) return year ?? date;
  const monthName = MONTH_NAMES[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** The `YYYY-MM` month a date falls in, or undefined for a year-only date. */
export function monthOf(date: PartialDate): string | undefined {
  const match = PARTIAL_DATE.exec(date);
  return match && match[2] !== undefined ? `${match[1]}-${match[2]}` : undefined;
}

import { formatDate, isValidDate, monthOf } from "./dates";
import type { Period } from "./types";

/**
 * One period per calendar month that has a dated node, oldest first: a timeline for files that
 * do not define their own. Year-only and invalid dates name no month and are left out.
 */
export function derivePeriods(dates: Iterable<string>): Period[] {
  const months = new Set<string>();
  for (const date of dates) {
    const month = isValidDate(date) ? monthOf(date) : undefined;
    if (month !== undefined) months.add(month);
  }
  // `YYYY-MM` strings sort in date order.
  return [...months].sort().map((month) => ({
    id: month,
    label: formatDate(month),
    start: month,
    end: month,
  }));
}

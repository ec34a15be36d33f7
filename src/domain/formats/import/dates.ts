import { isValidDate } from "../../model/dates";

/**
 * A date as another tool writes it → Entente's partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or
 * undefined. Date-times keep their day; a bare number counts only when it is a plausible year
 * (GEXF's `timeformat="integer"` timelines are often years; anything else is a tick, not a date).
 */
export function toPartialDate(value: unknown): string | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1000 && value <= 2999 ? String(value) : undefined;
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const iso =
    /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    const parts = [year, month?.padStart(2, "0"), day?.padStart(2, "0")].filter(Boolean);
    const date = parts.join("-");
    if (isValidDate(date)) return date;
  }
  // "2009.0" from a double timeline that holds years.
  const asNumber = /^\d{4}(\.0+)?$/.test(text) ? Number(text) : NaN;
  return Number.isNaN(asNumber) ? undefined : toPartialDate(asNumber);
}

import { useState } from "react";

/**
 * `value`, or the one returned last time when it is equal to it: derived lists that come out the
 * same after an edit keep their identity, so the memoised panels they feed skip re-rendering.
 */
export function useStable<T>(value: T, equal: (a: T, b: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept === value || equal(kept, value)) return kept;
  // Kept from the previous render the way React documents: set during render, used at once.
  setKept(value);
  return value;
}

/** Same length and the same items by identity, or by `same` when given. */
export const sameItems =
  <T>(same: (a: T, b: T) => boolean = Object.is) =>
  (a: readonly T[], b: readonly T[]): boolean =>
    a.length === b.length && a.every((x, i) => same(x, b[i] as T));

import { useEffect, useState } from "react";

/**
 * `value`, once it has stayed the same for `delayMs`; at once when `delayMs` is null. For work
 * that should follow a burst of changes (keystrokes) rather than each of them.
 */
export function useCalm<T>(value: T, delayMs: number | null): T {
  const [calm, setCalm] = useState(value);
  useEffect(() => {
    if (delayMs === null) return;
    const timer = setTimeout(() => setCalm(() => value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs === null ? value : calm;
}

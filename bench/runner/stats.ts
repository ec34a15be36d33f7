/** Nearest-rank percentile (0 < p ≤ 100) of a non-empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export interface Summary {
  median: number;
  p95: number;
  n: number;
}

export function summarize(values: readonly number[]): Summary {
  return { median: percentile(values, 50), p95: percentile(values, 95), n: values.length };
}

/**
 * `presses` arrow keys that sweep a slider of `stepCount` positions from its first position to
 * its last and back, so every press moves it (and changes what is shown).
 */
export function sweepKeys(stepCount: number, presses: number): string[] {
  if (stepCount < 2) throw new Error("a timeline needs two steps to move");
  const keys: string[] = [];
  let index = 0;
  let forward = true;
  while (keys.length < presses) {
    if (forward && index === stepCount - 1) forward = false;
    else if (!forward && index === 0) forward = true;
    keys.push(forward ? "ArrowRight" : "ArrowLeft");
    index += forward ? 1 : -1;
  }
  return keys;
}

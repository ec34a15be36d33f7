// Safe readers for JSON.parse output of unknown shape. The semantic checks run even when the
// schema check failed, so that one run reports every problem; they must therefore assume nothing.

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Own properties only, so ids and keys like "constructor" never reach Object.prototype. */
export const field = (value: unknown, key: string): unknown =>
  isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;

export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

export const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

/** Each element of `doc[key]` with its index, when `doc[key]` is a list. */
export const entries = (doc: unknown, key: string): [unknown, number][] =>
  list(field(doc, key)).map((item, index) => [item, index]);

/** Edit distance, or MAX + 1 as soon as it must exceed MAX: a hint needs nothing farther. */
export function editDistance(a: string, b: string, max = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cell = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution);
      row.push(cell);
      best = Math.min(best, cell);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * Closest candidate within two edits. Only candidates of about the same length that share the
 * word's first or last character are measured, and at most 2,000 of them, so a hint costs a scan
 * of the ids rather than thousands of edit distances.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 100 || word === "") return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  let looked = 0;
  const head = word[0];
  const tail = word[word.length - 1];
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    if (candidate[0] !== head && candidate[candidate.length - 1] !== tail) continue;
    if (++looked > 2000) break;
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

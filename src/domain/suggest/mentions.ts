import type { TextAnchor } from "../model/types";

const WORD = /[\p{L}\p{N}]/u;

/** Every whole-word occurrence of `name` in `text` ("Holt" in "Holt’s", not in "Holtby"). */
export function findMentions(text: string, name: string): TextAnchor[] {
  const found: TextAnchor[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (WORD.test(text[at - 1] ?? "") || WORD.test(text[end] ?? "")) continue;
    found.push({ start: at, end });
  }
  return found;
}

/** Keeps the longest of overlapping spans (the first when equal), in text order. */
export function withoutOverlaps<T extends TextAnchor>(spans: readonly T[]): T[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of ordered) {
    const last = kept.at(-1);
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

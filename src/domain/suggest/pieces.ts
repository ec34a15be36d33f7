import type { TextAnchor } from "../model/types";

/** Longest piece handed to the language library at once (UTF-16 units). */
export const PIECE = 2000;

/** Where to cut a paragraph longer than `max`: after the last sentence end, else the last space. */
function cutAt(text: string, from: number, to: number, max: number): number {
  const limit = from + max;
  if (to <= limit) return to;
  const window = text.slice(from, limit);
  let cut = -1;
  for (const end of window.matchAll(/[.!?]["'”’)]*\s+/gu)) cut = end.index + end[0].length;
  if (cut <= 0) cut = window.lastIndexOf(" ") + 1;
  return cut <= 0 ? limit : from + cut;
}

/**
 * The text cut into paragraphs, and a paragraph longer than `max` at its sentence ends. Parsed
 * apart, the pieces keep the library's costs linear: tagging a whole text at once is, but reading
 * its dates clones the whole document once for every date found.
 */
export function pieces(text: string, max = PIECE): TextAnchor[] {
  const found: TextAnchor[] = [];
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const to = line.index + line[0].length;
    for (let from = line.index; from < to;) {
      const end = cutAt(text, from, to, max);
      if (text.slice(from, end).trim()) found.push({ start: from, end });
      from = end;
    }
  }
  return found;
}

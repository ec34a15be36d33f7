import type { TextAnchor } from "../model/types";

/** The sentence around a span, within its paragraph: the default quote for an accepted entity. */
export function sentenceAround(text: string, span: TextAnchor): TextAnchor {
  let start = span.start;
  while (start > 0 && text[start - 1] !== "\n" && !/[.!?]\s/u.test(text.slice(start - 2, start)))
    start--;
  let end = span.end;
  while (end < text.length && text[end] !== "\n" && !/[.!?]/u.test(text[end - 1] ?? "")) end++;
  // An abbreviation ("D.C.") can end a sentence early; the quote is still the text's own words.
  while (/\s/u.test(text[start] ?? "") && start < span.start) start++;
  return { start, end: Math.max(end, span.end) };
}

/** Whether a passage crosses a paragraph break. */
export const acrossParagraphs = (text: string, span: TextAnchor): boolean =>
  text.slice(span.start, span.end).trim().includes("\n");

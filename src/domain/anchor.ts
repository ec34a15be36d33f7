import type { TextAnchor } from "./types";

// Quotes are typed by people into JSON files, so they rarely carry the article's typography.
// Matching ignores exactly these differences, and nothing else (not case, not punctuation):
const FOLD: Readonly<Record<string, string>> = {
  "\u2018": "'", // ‘
  "\u2019": "'", // ’
  "\u201A": "'", // ‚
  "\u201B": "'", // ‛
  "\u2032": "'", // ′
  "\u201C": '"', // “
  "\u201D": '"', // ”
  "\u201E": '"', // „
  "\u201F": '"', // ‟
  "\u2033": '"', // ″
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // figure dash
  "\u2013": "-", // en dash
  "\u2014": "-", // em dash
  "\u2015": "-", // horizontal bar
  "\u2212": "-", // minus sign
};

/** A base character with its combining marks: NFC never composes across these, so each can be normalised alone. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const SPACE = /\s/u;

/** Normalised text plus, for each of its UTF-16 units, the range of the original it came from. */
export interface NormalizedText {
  text: string;
  starts: number[];
  ends: number[];
}

export function normalizeWithOffsets(original: string): NormalizedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of original.matchAll(CLUSTER)) {
    const from = match.index;
    const to = from + match[0].length;
    for (const char of match[0].normalize("NFC")) {
      const isSpace = SPACE.test(char);
      if (isSpace && text.endsWith(" ")) {
        ends[ends.length - 1] = to;
        continue;
      }
      const out = isSpace ? " " : (FOLD[char] ?? char);
      for (let i = 0; i < out.length; i++) {
        starts.push(from);
        ends.push(to);
      }
      text += out;
    }
  }
  return { text, starts, ends };
}

export const normalizeQuote = (quote: string): string => normalizeWithOffsets(quote).text.trim();

export interface QuoteMatch {
  /** First occurrence, in original UTF-16 offsets; null when the quote is not in the text. */
  anchor: TextAnchor | null;
  occurrences: number;
}

/** Normalises the source once; the returned function finds any number of quotes in it. */
export function createAnchorer(sourceText: string): (quote: string) => QuoteMatch {
  const source = normalizeWithOffsets(sourceText);
  return (quote) => {
    const needle = normalizeQuote(quote);
    if (needle === "") return { anchor: null, occurrences: 0 };
    const first = source.text.indexOf(needle);
    if (first < 0) return { anchor: null, occurrences: 0 };
    let occurrences = 1;
    for (
      let at = source.text.indexOf(needle, first + 1);
      at >= 0;
      at = source.text.indexOf(needle, at + 1)
    ) {
      occurrences++;
    }
    const start = source.starts[first] ?? 0;
    const end = source.ends[first + needle.length - 1] ?? start;
    return { anchor: { start, end }, occurrences };
  };
}

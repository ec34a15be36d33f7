import { findAll } from "./multiMatch";
import type { TextAnchor } from "../model/types";

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

/**
 * A base character with what NFC may compose onto it: combining marks, and the vowel and final
 * jamo of a decomposed Hangul syllable (letters, not marks, U+1160–U+11FF). NFC never composes
 * across these boundaries, so each cluster can be normalised alone.
 */
const CLUSTER = /\P{M}[\p{M}\u1160-\u11FF]*|[\p{M}\u1160-\u11FF]+/uy;
const SPACE = /\s/u;

/** Normalised text plus, for each of its UTF-16 units, the range of the original it came from. */
export interface NormalizedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** Combining marks and jamo all sit at U+0300 or above, so a unit below that never joins the cluster before it. */
const FIRST_MARK = 0x300;
const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

export function normalizeWithOffsets(original: string): NormalizedText {
  // Pieces joined once, a flag rather than text.endsWith, and a fast path for plain ASCII:
  // together they keep this linear and quick on megabyte texts.
  const pieces: string[] = [];
  let lastWasSpace = false;
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (char: string, from: number, to: number) => {
    const isSpace =
      char.length === 1 && char.charCodeAt(0) < 128
        ? isAsciiSpace(char.charCodeAt(0))
        : SPACE.test(char);
    if (isSpace && lastWasSpace) {
      ends[ends.length - 1] = to;
      return;
    }
    lastWasSpace = isSpace;
    const out = isSpace ? " " : (FOLD[char] ?? char);
    for (let i = 0; i < out.length; i++) {
      starts.push(from);
      ends.push(to);
    }
    pieces.push(out);
  };
  for (let at = 0; at < original.length;) {
    const code = original.charCodeAt(at);
    const next = at + 1 < original.length ? original.charCodeAt(at + 1) : 0;
    if (code < 128 && next < FIRST_MARK) {
      emit(original[at] ?? "", at, at + 1);
      at += 1;
      continue;
    }
    CLUSTER.lastIndex = at;
    const cluster = CLUSTER.exec(original)?.[0] ?? original[at] ?? "";
    for (const char of cluster.normalize("NFC")) emit(char, at, at + cluster.length);
    at += cluster.length;
  }
  return { text: pieces.join(""), starts, ends };
}

const ASCII = /^[^\u0080-\uffff]*$/;

/** ASCII has nothing to fold or compose, only spacing: the common case skips the offset tables. */
export const normalizeQuote = (quote: string): string =>
  ASCII.test(quote) ? quote.replace(/\s+/g, " ").trim() : normalizeWithOffsets(quote).text.trim();

export interface QuoteMatch {
  /** First occurrence, in original UTF-16 offsets; null when the quote is not in the text. */
  anchor: TextAnchor | null;
  occurrences: number;
}

/**
 * Normalises the source once; the returned function finds any number of quotes in it. Passing the
 * quotes up front lets them all be found in a single scan.
 */
export function createAnchorer(
  sourceText: string,
  quotes: readonly string[] = [],
): (quote: string) => QuoteMatch {
  const source = normalizeWithOffsets(sourceText);
  const normalized = new Map<string, string>();
  const normal = (quote: string) => {
    let needle = normalized.get(quote);
    if (needle === undefined) normalized.set(quote, (needle = normalizeQuote(quote)));
    return needle;
  };
  const batch = findAll(source.text, quotes.map(normal));
  return (quote) => {
    const needle = normal(quote);
    if (needle === "") return { anchor: null, occurrences: 0 };
    const found = batch.get(needle) ?? findAll(source.text, [needle]).get(needle);
    if (found === undefined || found.count === 0) return { anchor: null, occurrences: 0 };
    const start = source.starts[found.first] ?? 0;
    const end = source.ends[found.first + needle.length - 1] ?? start;
    return { anchor: { start, end }, occurrences: found.count };
  };
}

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

/** A base character with its combining marks: NFC never composes across these, so each can be normalised alone. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/uy;
const SPACE = /\s/u;

/** Normalised text plus, for each of its UTF-16 units, the range of the original it came from. */
export interface NormalizedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** Combining marks all sit at U+0300 or above, so a unit below that never joins the cluster before it. */
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

export const normalizeQuote = (quote: string): string => normalizeWithOffsets(quote).text.trim();

export interface QuoteMatch {
  /** First occurrence, in original UTF-16 offsets; null when the quote is not in the text. */
  anchor: TextAnchor | null;
  occurrences: number;
}

const PREFIX = 16;

/**
 * Every occurrence of many needles in one pass (Rabin–Karp on each needle's last 16 units), so a
 * file with thousands of quotes costs one scan of the text rather than one scan per quote. Endings
 * are hashed because quotes share openings ("According to…") far more often than endings.
 */
function findAll(haystack: string, needles: readonly string[]): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const buckets = new Map<number, string[]>();
  const hash = (text: string, from: number) => {
    let h = 0;
    for (let i = from; i < from + PREFIX; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    return h;
  };
  for (const needle of needles) {
    if (needle.length < PREFIX || found.has(needle)) continue;
    found.set(needle, []);
    const h = hash(needle, needle.length - PREFIX);
    const bucket = buckets.get(h);
    if (bucket) bucket.push(needle);
    else buckets.set(h, [needle]);
  }
  if (buckets.size === 0 || haystack.length < PREFIX) return found;
  let top = 1; // 31^(PREFIX-1), to drop the leading unit from the rolling hash
  for (let i = 1; i < PREFIX; i++) top = Math.imul(top, 31);
  let h = hash(haystack, 0);
  for (let at = 0; ; at++) {
    const bucket = buckets.get(h);
    if (bucket) {
      for (const needle of bucket) {
        const start = at + PREFIX - needle.length;
        if (start >= 0 && haystack.startsWith(needle, start)) found.get(needle)?.push(start);
      }
    }
    const next = at + PREFIX;
    if (next >= haystack.length) break;
    h =
      (Math.imul(h - Math.imul(haystack.charCodeAt(at), top), 31) + haystack.charCodeAt(next)) | 0;
  }
  return found;
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
  const batch = findAll(source.text, quotes.map(normalizeQuote));
  const positions = (needle: string): number[] => {
    const known = batch.get(needle);
    if (known) return known;
    const all: number[] = [];
    for (let at = source.text.indexOf(needle); at >= 0; at = source.text.indexOf(needle, at + 1)) {
      all.push(at);
    }
    return all;
  };
  return (quote) => {
    const needle = normalizeQuote(quote);
    if (needle === "") return { anchor: null, occurrences: 0 };
    const all = positions(needle);
    const first = all[0];
    if (first === undefined) return { anchor: null, occurrences: 0 };
    const start = source.starts[first] ?? 0;
    const end = source.ends[first + needle.length - 1] ?? start;
    return { anchor: { start, end }, occurrences: all.length };
  };
}

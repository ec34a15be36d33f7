import { describe, expect, it } from "vitest";
import { createAnchorer, normalizeQuote, normalizeWithOffsets } from "./anchor";

const ARTICLE = readArticle();

function readArticle(): string {
  return [
    "said the discussion was “substantive” and reflected improving relations",
    "Flight data showed a Gulfstream G700—linked to Bezos—landing at Dulles.",
    "largely due to Bezos’s ownership of The Washington Post,",
  ].join("\n");
}

/** Anchors a quote and returns the original passage it points at. */
function passage(text: string, quote: string): string | null {
  const { anchor } = createAnchorer(text)(quote);
  return anchor && text.slice(anchor.start, anchor.end);
}

describe("normalizeQuote", () => {
  it.each([
    ["curly double quotes", "“a” „b‟ ″c″", '"a" "b" "c"'],
    ["curly single quotes and primes", "‘a’ ‚b‛ ′", "'a' 'b' '"],
    ["every dash", "a‐b‑c‒d–e—f―g−h", "a-b-c-d-e-f-g-h"],
    ["whitespace runs, tabs, no-break spaces and line breaks", "a \t\n b\u00a0\u2003c", "a b c"],
    ["leading and trailing space", "  a b \n", "a b"],
    ["decomposed accents (NFD → NFC)", "Zoe\u0308 Åkesson", "Zoë Åkesson"],
    ["U+0300, the first combining mark", "a\u0300 e\u0300", "\u00e0 \u00e8"],
    ["signs that NFC replaces (Ångström, Ohm)", "\u212b x\u2126 ", "\u00c5 x\u03a9"],
    ["leading and trailing space around typographic text", " \u201ca\u201d\n", '"a"'],
  ])("folds %s", (_, input, expected) => {
    expect(normalizeQuote(input)).toBe(expected);
  });

  it("keeps case and other punctuation", () => {
    expect(normalizeQuote("Bezos's, (The) POST!")).toBe("Bezos's, (The) POST!");
  });
});

describe("normalizeWithOffsets", () => {
  it("maps every normalised unit back to the original range it came from", () => {
    const original = "a  —\u00a0e\u0301😀";
    const { text, starts, ends } = normalizeWithOffsets(original);
    expect(text).toBe("a - é😀");
    expect(starts).toEqual([0, 1, 3, 4, 5, 7, 7]);
    expect(ends).toEqual([1, 3, 4, 5, 7, 9, 9]);
  });

  it.each([
    // Of ASCII, only tab to carriage return and space are whitespace; a leading one is kept.
    [
      "leading space, a control character and a carriage return",
      " a\u0001\rb",
      " a\u0001 b",
      [0, 1, 2, 3, 4],
      [1, 2, 3, 4, 5],
    ],
    // Marks with no base before them are one cluster, put in canonical order (below before above).
    ["marks at the very start", "\u0301\u0323a", "\u0323\u0301a", [0, 0, 2], [2, 2, 3]],
    [
      "a singleton NFC replaces, then U+0300 composing onto its letter",
      "\u212b a\u0300",
      "\u00c5 \u00e0",
      [0, 1, 2],
      [1, 2, 4],
    ],
  ])("maps %s", (_, original, text, starts, ends) => {
    expect(normalizeWithOffsets(original)).toEqual({ text, starts, ends });
  });
});

describe("createAnchorer", () => {
  it("anchors a straight-quoted quote to the original curly text", () => {
    expect(passage(ARTICLE, 'the discussion was "substantive"')).toBe(
      "the discussion was “substantive”",
    );
    expect(passage(ARTICLE, "Bezos's ownership")).toBe("Bezos’s ownership");
  });

  it("matches a hyphen typed for an em dash, and line breaks typed as spaces", () => {
    expect(passage(ARTICLE, "G700-linked to Bezos-landing")).toBe("G700—linked to Bezos—landing");
    expect(passage(ARTICLE, "improving   relations Flight data")).toBe(
      "improving relations\nFlight data",
    );
  });

  it("does not ignore spaces around a dash the article does not have", () => {
    expect(createAnchorer(ARTICLE)("G700 - linked").anchor).toBeNull();
  });

  it("gives offsets in UTF-16 units of the original, start inclusive and end exclusive", () => {
    const text = "😀 Zoe\u0308  was   here.";
    const { anchor } = createAnchorer(text)("Zoë was here");
    expect(anchor).toEqual({ start: 3, end: 19 });
    expect(text.slice(3, 19)).toBe("Zoe\u0308  was   here");
  });

  it("reports how often a quote occurs and anchors the first", () => {
    const text = "He said no. She said no. They said no.";
    expect(createAnchorer(text)("said no")).toEqual({
      anchor: { start: 3, end: 10 },
      occurrences: 3,
    });
  });

  it.each([
    ["a quote not in the text", "Bezos met Musk"],
    ["a quote with different case", "FLIGHT DATA"],
    ["an empty quote", "   "],
  ])("finds nothing for %s", (_, quote) => {
    expect(createAnchorer(ARTICLE)(quote)).toEqual({ anchor: null, occurrences: 0 });
  });
});

describe("createAnchorer with the quotes given up front", () => {
  const text =
    "The quick brown fox jumps over the lazy dog. “The quick brown fox” said so twice: the quick brown fox jumps over the lazy dog.";
  const quotes = [
    "The quick brown fox jumps over the lazy dog.",
    '"The quick brown fox" said so',
    "quick brown fox jumps over the lazy dog",
    "short",
    "nowhere in this text at all, no",
    "aaaaaaaaaaaaaaaaaa",
  ];

  it("finds exactly what one-at-a-time search finds, overlaps and repeats included", () => {
    const batch = createAnchorer(text, quotes);
    const single = createAnchorer(text);
    for (const quote of quotes) expect(batch(quote)).toEqual(single(quote));
    expect(batch(quotes[2] ?? "").occurrences).toBe(2);
  });

  it("counts overlapping occurrences of a repetitive needle", () => {
    const find = createAnchorer("a".repeat(20), ["a".repeat(17)]);
    expect(find("a".repeat(17)).occurrences).toBe(4);
  });
});

describe("Hangul", () => {
  // 한국 typed as conjoining jamo (NFD), as macOS file names and some keyboards produce it.
  const composed = "대통령은 한국 방문을 발표했다";
  const decomposed = "한국".normalize("NFD");

  it("anchors a decomposed quote in composed text, and the reverse", () => {
    expect(decomposed).toHaveLength(6);
    expect(passage(composed, decomposed)).toBe("한국");
    const text = composed.normalize("NFD");
    expect(passage(text, "한국 방문")).toBe("한국 방문".normalize("NFD"));
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { MarkRange } from "./segments";
import { segmentParagraphs, segmentText } from "./segments";

const view = (segments: { text: string; ids: string[] }[]) =>
  segments.map((s) => [s.text, s.ids.join("+")]);

describe("segmentText", () => {
  it("returns the whole text as one unmarked run when nothing is highlighted", () => {
    expect(segmentText("Bezos met Trump.", [])).toEqual([
      { start: 0, end: 16, text: "Bezos met Trump.", marked: false, ids: [] },
    ]);
  });

  it("has no runs for empty text", () => {
    expect(segmentText("", [{ start: 0, end: 4, id: "a" }])).toEqual([]);
  });

  it("cuts overlapping ranges into runs covered by each combination", () => {
    const segments = segmentText("abcdefgh", [
      { start: 1, end: 5, id: "a" },
      { start: 3, end: 7, id: "b" },
    ]);
    expect(view(segments)).toEqual([
      ["a", ""],
      ["bc", "a"],
      ["de", "a+b"],
      ["fg", "b"],
      ["h", ""],
    ]);
    expect(segments.map((s) => s.marked)).toEqual([false, true, true, true, false]);
  });

  it("keeps a nested range inside its outer one", () => {
    expect(
      view(
        segmentText("abcdef", [
          { start: 0, end: 6, id: "outer" },
          { start: 2, end: 4, id: "inner" },
        ]),
      ),
    ).toEqual([
      ["ab", "outer"],
      ["cd", "outer+inner"],
      ["ef", "outer"],
    ]);
  });

  it("merges touching ranges of the same id and lists a repeated id once", () => {
    expect(
      view(
        segmentText("abcdef", [
          { start: 0, end: 3, id: "a" },
          { start: 3, end: 6, id: "a" },
          { start: 1, end: 2, id: "a" },
        ]),
      ),
    ).toEqual([["abcdef", "a"]]);
  });

  it.each([
    // [ranges, runs]: merged runs keep their own text; runs under different ids stay apart.
    [
      [
        { start: 0, end: 3, id: "a" },
        { start: 3, end: 6, id: "a" },
      ],
      [
        ["abcdef", "a"],
        ["gh", ""],
      ],
    ],
    [
      [
        { start: 0, end: 4, id: "a" },
        { start: 0, end: 2, id: "b" },
        { start: 2, end: 4, id: "c" },
      ],
      [
        ["ab", "a+b"],
        ["cd", "a+c"],
        ["efgh", ""],
      ],
    ],
  ])("cuts abcdefgh by %j", (ranges, runs) => {
    expect(view(segmentText("abcdefgh", ranges))).toEqual(runs);
  });

  it("clips ranges sticking out of the text and ignores empty or reversed ones", () => {
    expect(
      view(
        segmentText("abc", [
          { start: -4, end: 1, id: "a" },
          { start: 2, end: 99, id: "b" },
          { start: 1, end: 1, id: "empty" },
          { start: 2, end: 1, id: "reversed" },
        ]),
      ),
    ).toEqual([
      ["a", "a"],
      ["b", ""],
      ["c", "b"],
    ]);
  });

  it("counts offsets in UTF-16 code units, as anchors do", () => {
    const text = "“Zoë” met 🚀 Musk";
    const start = text.indexOf("🚀");
    const [, rocket] = segmentText(text, [{ start, end: start + 2, id: "r" }]);
    expect(rocket?.text).toBe("🚀");
  });
});

describe("segmentParagraphs", () => {
  it("splits on line breaks, keeps each paragraph's offset and drops blank lines", () => {
    const text = "Getty Images\n\nBezos met Trump.\nThey talked.";
    const paragraphs = segmentParagraphs(text, []);
    expect(paragraphs.map((p) => [p.start, p.segments.map((s) => s.text).join("")])).toEqual([
      [0, "Getty Images"],
      [14, "Bezos met Trump."],
      [31, "They talked."],
    ]);
  });

  it("cuts a range that crosses a paragraph boundary in two, without the line break", () => {
    const text = "one two\nthree four";
    const paragraphs = segmentParagraphs(text, [{ start: 4, end: 13, id: "q" }]);
    expect(paragraphs.map((p) => view(p.segments))).toEqual([
      [
        ["one ", ""],
        ["two", "q"],
      ],
      [
        ["three", "q"],
        [" four", ""],
      ],
    ]);
  });

  it("has no paragraphs for empty text", () => {
    expect(segmentParagraphs("", [{ start: 0, end: 1, id: "q" }])).toEqual([]);
  });

  it("keeps segment offsets pointing into the whole text", () => {
    const text = "ab\ncd";
    const segments = segmentParagraphs(text, [{ start: 4, end: 5, id: "q" }]).flatMap(
      (p) => p.segments,
    );
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  // The reference: every line cut by every range, as the function did before it kept to the
  // ranges that reach each line.
  const everyRangeEachLine = (text: string, ranges: readonly MarkRange<number>[]) => {
    let start = 0;
    return text.split("\n").flatMap((line) => {
      const at = start;
      start += line.length + 1;
      return line.trim() === ""
        ? []
        : [{ start: at, segments: segmentText(text, ranges, at, at + line.length) }];
    });
  };
  const textAndRanges = fc
    .string({ unit: fc.constantFrom("a", " ", "\n"), maxLength: 40 })
    .chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.record({
            start: fc.integer({ min: -2, max: 42 }),
            end: fc.integer({ min: -2, max: 42 }),
            id: fc.nat(5),
          }),
          { maxLength: 8 },
        ),
      ),
    );
  test.prop([textAndRanges])("cuts each line exactly as all the ranges would", ([text, ranges]) => {
    expect(segmentParagraphs(text, ranges)).toEqual(everyRangeEachLine(text, ranges));
  });
});

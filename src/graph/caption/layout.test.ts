import { describe, expect, it } from "vitest";
import { STANCE_LINE } from "../palette";
import type { CaptionContent, Measure } from "./layout";
import { layoutCaption, wrap } from "./layout";

// Every character half the font size wide: widths are easy to state as literals.
const measure: Measure = (text, font) => text.length * font.size * 0.5;

const content = (over: Partial<CaptionContent> = {}): CaptionContent => ({
  title: "Short title",
  step: "July 2025 — up to",
  lines: [
    { label: "Alliance", line: STANCE_LINE.alliance, color: "#0a0" },
    { label: "Rivalry", line: STANCE_LINE.rivalry, color: "#a00" },
  ],
  kinds: [{ label: "Person", shape: "ellipse", color: "#00a" }],
  source: "Paper · Story · 3 July 2025 · Made with Entente",
  ...over,
});

describe("wrap", () => {
  const font = { size: 10, weight: 400 };
  it("breaks between words within the room", () => {
    expect(wrap("aaa bbb ccc", 30, font, measure, 3)).toEqual(["aaa", "bbb", "ccc"]);
    expect(wrap("aaa bbb ccc", 40, font, measure, 3)).toEqual(["aaa bbb", "ccc"]);
  });
  it("ends the last allowed line with an ellipsis", () => {
    expect(wrap("aaa bbb ccc ddd", 30, font, measure, 2)).toEqual(["aaa", "bbb c…"]);
  });
  it("cuts a single word longer than the room", () => {
    expect(wrap("abcdefghij", 30, font, measure, 2)).toEqual(["abcde…"]);
  });
});

describe("layoutCaption", () => {
  it("stacks title, step, a legend row and the source inside the padding", () => {
    const layout = layoutCaption(content(), 600, 1, measure);
    expect(layout.texts.map((t) => [t.role, t.text, t.x, Math.round(t.y)])).toEqual([
      ["title", "Short title", 16, 16],
      ["step", "July 2025 — up to", 16, 44],
      ["legend", "Alliance", 50, 74],
      ["legend", "Rivalry", 154, 74],
      ["legend", "Person", 236.5, 74],
      ["source", "Paper · Story · 3 July 2025 · Made with Entente", 16, 102],
    ]);
    expect(layout.samples.map((s) => [s.kind, s.x, s.w])).toEqual([
      ["line", 16, 28],
      ["line", 120, 28],
      ["shape", 217.5, 13],
    ]);
    expect(layout.height).toBe(134);
  });

  it("wraps a long title to two lines with an ellipsis and legend entries into rows", () => {
    const title = "A very long title that says a great deal about alliances and feuds in 2025";
    const narrow = layoutCaption(content({ title }), 232, 1, measure);
    const titles = narrow.texts.filter((t) => t.role === "title").map((t) => t.text);
    expect(titles).toEqual(["A very long title", "that says a great d…"]);
    for (const t of narrow.texts)
      expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(232 - 16);
    const rows = new Set(narrow.samples.map((s) => Math.round(s.y + s.h / 2)));
    expect(rows.size).toBe(2);
    expect(narrow.height).toBeGreaterThan(layoutCaption(content(), 600, 1, measure).height);
  });

  it("scales every measure with the image", () => {
    const one = layoutCaption(content(), 600, 1, measure);
    const two = layoutCaption(content(), 1200, 2, measure);
    // Within the one pixel the height is rounded up by.
    expect(Math.abs(two.height - one.height * 2)).toBeLessThanOrEqual(1);
    expect(two.texts.map((t) => t.x)).toEqual(one.texts.map((t) => t.x * 2));
  });
});

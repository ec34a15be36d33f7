import { describe, expect, it } from "vitest";
import { movePassage, passageMove } from "./passageKeys";
import type { PassageMove } from "./passageKeys";

const TEXT = "First one. Mira Holt runs it!\nNext paragraph, Holt again.";
const shown = (moves: PassageMove[]) => {
  let passage = null as { start: number; end: number } | null;
  for (const move of moves) passage = movePassage(TEXT, passage, move);
  return passage && TEXT.slice(passage.start, passage.end);
};

describe("movePassage", () => {
  it("picks the first sentence, then the next and previous across paragraphs", () => {
    expect(shown(["nextSentence"])).toBe("First one.");
    expect(shown(["nextSentence", "nextSentence"])).toBe("Mira Holt runs it!");
    expect(shown(["nextSentence", "nextSentence", "nextSentence"])).toBe(
      "Next paragraph, Holt again.",
    );
    expect(shown(["nextSentence", "nextSentence", "nextSentence", "previousSentence"])).toBe(
      "Mira Holt runs it!",
    );
  });

  it("moves from part of a sentence to the whole next or previous one", () => {
    const part: PassageMove[] = ["nextSentence", "nextSentence", "startForward", "endBack"];
    expect(shown(part)).toBe("Holt runs");
    expect(shown([...part, "nextSentence"])).toBe("Next paragraph, Holt again.");
    expect(shown([...part, "previousSentence"])).toBe("First one.");
  });

  it("moves the start and the end a word at a time, never to nothing", () => {
    const two: PassageMove[] = ["nextSentence", "nextSentence"];
    expect(shown([...two, "startForward"])).toBe("Holt runs it!");
    expect(shown([...two, "startForward", "startBack"])).toBe("Mira Holt runs it!");
    expect(shown([...two, "endBack"])).toBe("Mira Holt runs");
    expect(shown([...two, "endBack", "endForward"])).toBe("Mira Holt runs it!");
    expect(shown([...two, "endBack", "endBack", "endBack", "endBack"])).toBe("Mira");
    expect(shown([...two, "startForward", "startForward", "startForward", "startForward"])).toBe(
      "it!",
    );
  });

  it("grows and shrinks the end by a sentence", () => {
    expect(shown(["nextSentence", "endNextSentence"])).toBe("First one. Mira Holt runs it!");
    expect(shown(["nextSentence", "endNextSentence", "endPreviousSentence"])).toBe("First one.");
    expect(shown(["nextSentence", "endPreviousSentence"])).toBe("First one.");
  });
});

/** The words a move from `start`–`end` in `text` leaves chosen. */
const moveIn = (text: string) => (start: number, end: number, how: PassageMove) => {
  const p = movePassage(text, { start, end }, how);
  return text.slice(p.start, p.end);
};

describe("movePassage at the edges", () => {
  it("picks nothing in a blank text, and a first sentence without its trailing spaces", () => {
    expect(movePassage("", null, "nextSentence")).toEqual({ start: 0, end: 0 });
    expect(movePassage("  \n ", null, "nextSentence")).toEqual({ start: 0, end: 0 });
    expect(movePassage("Alpha beta  \nGamma.", null, "nextSentence")).toEqual({
      start: 0,
      end: 10,
    });
  });

  it("stays at the last sentence going down and at the first going up", () => {
    const last: PassageMove[] = ["nextSentence", "nextSentence", "nextSentence"];
    expect(shown([...last, "nextSentence"])).toBe("Next paragraph, Holt again.");
    expect(shown([...last, "endNextSentence"])).toBe("Next paragraph, Holt again.");
    expect(shown(["nextSentence", "previousSentence"])).toBe("First one.");
  });

  it("picks the first sentence from a caret at the very start", () => {
    const caret = { start: 0, end: 0 };
    expect(movePassage("Hello. World.", caret, "nextSentence")).toEqual({ start: 0, end: 6 });
    expect(movePassage("Hello. World.", caret, "endNextSentence")).toEqual({ start: 0, end: 6 });
  });

  it("reaches a paragraph of one or two characters", () => {
    expect(movePassage("A\nBig news.", { start: 2, end: 11 }, "previousSentence")).toEqual({
      start: 0,
      end: 1,
    });
    const text = "AI\nThe models spread.";
    expect(movePassage(text, { start: 0, end: 21 }, "endPreviousSentence")).toEqual({
      start: 0,
      end: 2,
    });
  });

  it("steps over every space between two words", () => {
    const move = moveIn("Mira  Holt runs.");
    expect(move(0, 16, "startForward")).toBe("Holt runs.");
    expect(move(6, 16, "startBack")).toBe("Mira  Holt runs.");
    expect(move(0, 4, "endForward")).toBe("Mira  Holt");
    expect(move(0, 10, "endBack")).toBe("Mira");
  });

  it("moves a mouse selection with a space at either end by whole words, never to nothing", () => {
    const move = moveIn("Mira Holt runs it.");
    expect(move(4, 14, "startForward")).toBe("runs");
    expect(move(0, 10, "endBack")).toBe("Mira");
    expect(move(10, 15, "startForward")).toBe("runs ");
    expect(move(5, 10, "endBack")).toBe("Holt ");
  });
});

describe("passageMove", () => {
  it.each([
    ["ArrowDown", false, "nextSentence"],
    ["ArrowDown", true, "endNextSentence"],
    ["ArrowUp", false, "previousSentence"],
    ["ArrowUp", true, "endPreviousSentence"],
    ["ArrowRight", false, "startForward"],
    ["ArrowRight", true, "endForward"],
    ["ArrowLeft", false, "startBack"],
    ["ArrowLeft", true, "endBack"],
    ["Enter", false, null],
    ["a", true, null],
  ])("%s (shift %s) → %s", (key, shift, move) => {
    expect(passageMove(key, shift)).toBe(move);
  });
});

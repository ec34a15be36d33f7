import { describe, expect, it } from "vitest";
import { movePassage } from "./passageKeys";
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

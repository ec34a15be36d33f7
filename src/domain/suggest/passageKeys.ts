import type { TextAnchor } from "../model/types";
import { sentenceAround } from "./sentence";

/** How a key moves a passage: to a whole sentence, or one end of it by a word or a sentence. */
export type PassageMove =
  | "nextSentence"
  | "previousSentence"
  | "startForward"
  | "startBack"
  | "endForward"
  | "endBack"
  | "endNextSentence"
  | "endPreviousSentence";

const sentenceAt = (text: string, at: number): TextAnchor => {
  const s = sentenceAround(text, { start: at, end: at });
  const shown = text.slice(s.start, s.end).trimEnd();
  return { start: s.start, end: s.start + shown.length };
};

/** The first non-space offset at or after `at`, or -1. */
const ahead = (text: string, at: number) => {
  const found = /\S/u.exec(text.slice(at));
  return found ? at + found.index : -1;
};
/** The last non-space offset before `at`, or -1. */
const behind = (text: string, at: number) => {
  const before = text.slice(0, at).trimEnd();
  return before.length - 1;
};

/**
 * The passage after one key press, for choosing a quote without a mouse: ↓ and ↑ pick the next
 * or previous sentence, the start and the end then move a word (or the end a sentence) at a
 * time. A passage never shrinks below one character; with none yet, the first sentence is picked.
 */
export function movePassage(
  text: string,
  passage: TextAnchor | null,
  move: PassageMove,
): TextAnchor {
  if (!passage) {
    const first = ahead(text, 0);
    return first < 0 ? { start: 0, end: 0 } : sentenceAt(text, first);
  }
  const { start, end } = passage;
  switch (move) {
    case "nextSentence": {
      // From the end of the sentence the passage ends in: part of a sentence moves to the next.
      const next = ahead(text, Math.max(end, sentenceAt(text, end - 1).end));
      return next < 0 ? passage : sentenceAt(text, next);
    }
    case "previousSentence": {
      const previous = behind(text, sentenceAt(text, start).start);
      return previous < 0 ? passage : sentenceAt(text, previous);
    }
    case "startForward": {
      const word = /^\s*\S+\s+/u.exec(text.slice(start, end));
      return word && start + word[0].length < end
        ? { start: start + word[0].length, end }
        : passage;
    }
    case "startBack": {
      const word = /\S+\s*$/u.exec(text.slice(0, start));
      return word ? { start: start - word[0].length, end } : passage;
    }
    case "endForward": {
      const word = /^\s*\S+/u.exec(text.slice(end));
      return word ? { start, end: end + word[0].length } : passage;
    }
    case "endBack": {
      const word = /\s*\S+\s*$/u.exec(text.slice(start, end));
      return word && end - word[0].length > start ? { start, end: end - word[0].length } : passage;
    }
    case "endNextSentence": {
      const next = ahead(text, end);
      return next < 0 ? passage : { start, end: sentenceAt(text, next).end };
    }
    case "endPreviousSentence": {
      const previous = sentenceAt(text, Math.max(start, behind(text, end)));
      const stop = behind(text, previous.start);
      return stop + 1 > start ? { start, end: stop + 1 } : passage;
    }
  }
}

/** The move a key press asks for in the article, if any. */
export function passageMove(key: string, shift: boolean): PassageMove | null {
  if (key === "ArrowDown") return shift ? "endNextSentence" : "nextSentence";
  if (key === "ArrowUp") return shift ? "endPreviousSentence" : "previousSentence";
  if (key === "ArrowRight") return shift ? "endForward" : "startForward";
  if (key === "ArrowLeft") return shift ? "endBack" : "startBack";
  return null;
}

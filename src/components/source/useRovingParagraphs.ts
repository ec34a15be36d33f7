import { useState } from "react";
import type { FocusEvent, KeyboardEvent, RefObject } from "react";

type Move = (at: number, count: number) => number;

const MOVES: Readonly<Record<string, Move>> = {
  ArrowDown: (at, count) => Math.min(at + 1, count - 1),
  ArrowRight: (at, count) => Math.min(at + 1, count - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

interface Handlers {
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * A roving tab stop over the paragraphs in `container` (its children): the article is one stop
 * in the tab order, not one per paragraph, and the arrow keys, Home and End move between them.
 * `stop` is the index of the paragraph that takes Tab; `handlers` wrap `inner`'s own.
 */
export function useRovingParagraphs(
  container: RefObject<HTMLElement | null>,
  count: number,
  inner: Handlers,
): { stop: number; handlers: Handlers } {
  const [stop, setStop] = useState(0);
  const indexOf = (target: EventTarget) =>
    [...(container.current?.children ?? [])].indexOf(target as Element);
  const handlers: Handlers = {
    onFocus: (event) => {
      const at = indexOf(event.target);
      if (at >= 0) setStop(at);
      inner.onFocus(event);
    },
    onKeyDown: (event) => {
      const at = indexOf(event.target);
      const move = MOVES[event.key];
      if (at < 0 || move === undefined) return inner.onKeyDown(event);
      event.preventDefault();
      const next = container.current?.children[move(at, count)];
      if (next instanceof HTMLElement) next.focus();
    },
  };
  return { stop: Math.min(stop, Math.max(count - 1, 0)), handlers };
}

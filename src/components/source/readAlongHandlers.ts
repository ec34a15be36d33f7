import type { FocusEvent, KeyboardEvent, MouseEvent } from "react";
import type { TextRange } from "../../domain/story";
import { useEntenteStore } from "../../state";
import { paragraphOf, paragraphRange, textRangeOf } from "./textOffsets";

const same = (a: TextRange | null, b: TextRange | null) =>
  a?.start === b?.start && a?.end === b?.end;

/**
 * Read-along on the article's text container: pointing at or focusing a paragraph shows its
 * elements lightly in the graph; selecting text, or Enter on a focused paragraph, picks the
 * passage, which Details then lists and the graph spotlights.
 */
export function useReadAlongHandlers() {
  const store = useEntenteStore();
  const hover = (range: TextRange | null) => {
    if (!same(store.getState().hovered, range)) store.getState().setHovered(range);
  };
  const pick = (range: TextRange) => {
    store.getState().setPassage(range);
    store.getState().setTab("details");
  };
  const hoverAt = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    const paragraph = paragraphOf(event.currentTarget, event.target as Node);
    // Gaps between paragraphs keep the last one, so crossing them does not flicker the graph.
    if (paragraph) hover(paragraphRange(paragraph));
  };
  return {
    onMouseOver: hoverAt,
    onFocus: hoverAt,
    onMouseLeave: () => hover(null),
    onBlur: () => hover(null),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const paragraph = event.target as HTMLElement;
      if (event.key !== "Enter" || paragraph.dataset.start === undefined) return;
      event.preventDefault();
      pick(paragraphRange(paragraph));
    },
    onMouseUp: (event: MouseEvent<HTMLElement>) => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = textRangeOf(event.currentTarget, selection.getRangeAt(0));
      if (range) pick(range);
    },
  };
}

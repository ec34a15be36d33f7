import { useLayoutEffect } from "react";
import type { RefObject } from "react";
import type { TextRange } from "../../domain/story";
import { domRangeOf } from "./textOffsets";

const NAME = "entente-passage";

/**
 * Paints the picked passage over the article with the CSS Custom Highlight API: a selection need
 * not follow element boundaries, so it cannot be one more <mark>, and the reader's own selection
 * goes away at the next click. Browsers without the API (and jsdom) simply show no tint.
 */
export function usePassageHighlight(
  text: RefObject<HTMLElement | null>,
  passage: TextRange | null,
): void {
  // After every render: new marks replace the text nodes a range was drawn over.
  useLayoutEffect(() => {
    const registry = typeof CSS === "undefined" ? undefined : CSS.highlights;
    if (!registry || !text.current || !passage) return;
    const range = domRangeOf(text.current, passage);
    if (!range) return;
    registry.set(NAME, new Highlight(range));
    return () => {
      registry.delete(NAME);
    };
  });
}

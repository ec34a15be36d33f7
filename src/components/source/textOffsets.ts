// DOM ⇄ source-text offsets for the Source panel. Each paragraph element carries `data-start` and
// `data-end`, its place in graph.source.text; inside it, the text nodes (plain runs and <mark>
// children alike) spell out exactly that slice, so characters can simply be counted.
import type { TextRange } from "../../domain/story";

const PARAGRAPHS = "[data-start]";

const bounds = (p: HTMLElement): TextRange => ({
  start: Number(p.dataset.start),
  end: Number(p.dataset.end),
});

/** The range of the paragraph element `p`. */
export const paragraphRange = bounds;

/** The paragraph of `container` holding `node`, if any. */
export function paragraphOf(container: HTMLElement, node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const paragraph = element?.closest<HTMLElement>(PARAGRAPHS) ?? null;
  return paragraph && container.contains(paragraph) ? paragraph : null;
}

/** The source-text offset of a DOM position inside one of the paragraphs; null elsewhere. */
function offsetAt(container: HTMLElement, node: Node, offset: number): number | null {
  const paragraph = paragraphOf(container, node);
  if (!paragraph) return null;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return bounds(paragraph).start + before.toString().length;
}

/**
 * The stretch of source text a DOM range (a reader's selection) covers. An end outside every
 * paragraph (in the title, say) snaps to the nearest paragraph the range reaches; a range that
 * reaches none, or covers no text, gives null.
 */
export function textRangeOf(container: HTMLElement, range: Range): TextRange | null {
  const touched = [...container.querySelectorAll<HTMLElement>(PARAGRAPHS)].filter((p) =>
    range.intersectsNode(p),
  );
  const first = touched[0];
  const last = touched.at(-1);
  if (!first || !last) return null;
  const start = offsetAt(container, range.startContainer, range.startOffset) ?? bounds(first).start;
  const end = offsetAt(container, range.endContainer, range.endOffset) ?? bounds(last).end;
  return start < end ? { start, end } : null;
}

/** The DOM position of a source-text offset: in the text node holding it, else a paragraph edge. */
function positionOf(container: HTMLElement, offset: number): [Node, number] | null {
  for (const paragraph of container.querySelectorAll<HTMLElement>(PARAGRAPHS)) {
    const { start, end } = bounds(paragraph);
    if (offset > end) continue;
    if (offset <= start) return [paragraph, 0];
    let at = start;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (offset <= at + length) return [node, offset - at];
      at += length;
    }
    return [paragraph, paragraph.childNodes.length];
  }
  return null;
}

/** A DOM range over the source text from `start` to `end`, or null when it lies past the text. */
export function domRangeOf(container: HTMLElement, { start, end }: TextRange): Range | null {
  const from = positionOf(container, start);
  const to = positionOf(container, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}

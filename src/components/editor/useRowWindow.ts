import { useVirtualizer } from "@tanstack/react-virtual";
import type { Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useContext, useEffect, useLayoutEffect, useState } from "react";
import { sameItems, useStable } from "./useStable";
import type { RefObject } from "react";
import { useEditor } from "../../state/editorContext";
import { observeOffset, observeRect, offsetOf, scrollTo } from "./listScroll";
import { ScrollBox } from "./scrollBox";

/** A row before it is measured: a one-quote entity or relationship at the lists' width. */
const ESTIMATE_PX = 76;
/** --space-2, the lists' gap between rows. */
const GAP_PX = 8;
/** Rows drawn past each edge of the view: Tab and Shift+Tab always find the next row there. */
const OVERSCAN = 6;

/** Where `list` starts in the scrolled content, kept up to date as what is above it changes. */
function useOffsetIn(column: HTMLElement | null, list: RefObject<HTMLElement | null>) {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const ul = list.current;
    if (!column || !ul) return;
    const measure = () => setOffset(offsetOf(ul, column));
    measure();
    // The panels above it in the column, and on narrow screens the columns stacked above that.
    const observer = new ResizeObserver(measure);
    for (const panel of column.children) observer.observe(panel);
    for (const section of column.parentElement?.children ?? []) observer.observe(section);
    return () => observer.disconnect();
  }, [column, list]);
  return offset;
}

/**
 * The window of a list's rows to draw: those in view (in the lists' column or the page), plus a few
 * either side. A 1,000-element draft then renders and lays out a few dozen rows, not 1,000. A row
 * picked elsewhere (`reveal`) is scrolled to, so that it is drawn and can take focus.
 */
export function useRowWindow(
  allIds: readonly string[],
  list: RefObject<HTMLUListElement | null>,
): { rows: Virtualizer<HTMLElement, HTMLLIElement>; offset: number } {
  // The same rows after a rename or a quote: the virtualizer then keeps its measurements as they were.
  const ids = useStable(allIds, sameItems<string>());
  const keyAt = useCallback((index: number) => ids[index] ?? index, [ids]);
  const column = useContext(ScrollBox);
  const offset = useOffsetIn(column, list);
  // The rows memoise on plain numbers and on `measureElement`, which keeps its identity; nothing
  // memoises on the virtualizer's other results, which the lint rule is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer<HTMLElement, HTMLLIElement>({
    count: ids.length,
    getScrollElement: () => column,
    observeElementRect: observeRect,
    observeElementOffset: observeOffset,
    scrollToFn: scrollTo,
    estimateSize: () => ESTIMATE_PX,
    gap: GAP_PX,
    overscan: OVERSCAN,
    scrollMargin: offset,
    getItemKey: keyAt,
  });
  // Two lists share the column: one list keeping its own rows still by scrolling it would move
  // the other's (and undo a scroll to a picked row).
  rows.shouldAdjustScrollPositionOnItemSizeChange = () => false;
  const reveal = useEditor((s) => s.reveal);
  useEffect(() => {
    const index = reveal === null ? -1 : ids.indexOf(reveal);
    const at = index >= 0 ? rows.getOffsetForIndex(index, "center") : undefined;
    // One plain scroll to where the row is reckoned to be; focusing the drawn row then puts it
    // exactly in view. (The virtualizer's own scrollToIndex keeps correcting for a few frames as
    // rows are measured, and with two lists in one column it overshot.)
    if (at) scrollTo(at[0], {}, rows);
  }, [reveal, ids, rows]);
  return { rows, offset };
}

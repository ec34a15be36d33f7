import { useEffect, useId, useRef, useState } from "react";
import type { ReactNode } from "react";
import "./lists.css";

/** Beyond this many items the list renders only the first ones until asked, to stay cheap on huge graphs. */
export const LIST_CAP = 100;

interface ListFrameProps<T> {
  /** Heading word and the list's accessible name: "Entities". */
  title: string;
  items: readonly T[];
  /** What the heading counts, when an item stands for several (a pair's relationships). */
  count?: number;
  idOf: (item: T) => string;
  selection: string | null;
  /** The rows lag behind the step (a deferred render): the list says so with aria-busy. */
  busy?: boolean;
  /** `pastHintId` names a hidden "ended before this step" text that past items point at. */
  renderItem: (item: T, pastHintId: string) => ReactNode;
}

/** The first LIST_CAP items, plus the selected one if it lies beyond them so it can still be shown. */
function capped<T>(items: readonly T[], idOf: (item: T) => string, selection: string | null) {
  const head = items.slice(0, LIST_CAP);
  const chosen = items.find((item, i) => i >= LIST_CAP && idOf(item) === selection);
  return chosen === undefined ? head : [...head, chosen];
}

/** The nearest ancestor that scrolls vertically; null when only the page does (phones). */
function scrollerOf(item: HTMLElement): HTMLElement | null {
  for (let box = item.parentElement; box !== null; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    const scrolls = overflowY === "auto" || overflowY === "scroll";
    if (scrolls && box.scrollHeight > box.clientHeight) return box;
  }
  return null;
}

/**
 * Scrolls `pane` as little as shows all of `item`. scrollIntoView would scroll the page as well,
 * and on a phone the reader who tapped the graph would be thrown down to the lists.
 */
function revealInPane(pane: HTMLElement, item: HTMLElement): void {
  const top = item.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientTop;
  const bottom = top + item.offsetHeight;
  if (top < 0) pane.scrollTop += top;
  else if (bottom > pane.clientHeight) pane.scrollTop += bottom - pane.clientHeight;
}

/** Heading with count, the list itself, its empty state, and the "Show all" escape hatch. */
export function ListFrame<T>(props: ListFrameProps<T>) {
  const { title, items, count = items.length, idOf, selection, busy = false, renderItem } = props;
  const [showAll, setShowAll] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const pastHintId = useId();

  // Selection often comes from the canvas or the timeline: bring the chosen row into view.
  useEffect(() => {
    const item = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    const pane = item ? scrollerOf(item) : null;
    if (item && pane) revealInPane(pane, item);
  }, [selection]);

  const shown = showAll || items.length <= LIST_CAP ? items : capped(items, idOf, selection);
  return (
    <section className="list">
      <h2 className="list-heading">
        {title} <span className="list-count">({count})</span>
      </h2>
      <span id={pastHintId} hidden>
        Ended before this step
      </span>
      <ul ref={listRef} className="list-items" aria-label={title} aria-busy={busy}>
        {shown.map((item) => renderItem(item, pastHintId))}
      </ul>
      {items.length === 0 && (
        <p className="list-empty">Nothing at this step — try All time or clear the filters.</p>
      )}
      {shown.length < items.length && (
        <button type="button" className="list-more" onClick={() => setShowAll(true)}>
          Show all {items.length}
        </button>
      )}
    </section>
  );
}

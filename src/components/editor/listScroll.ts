import type { Rect, Virtualizer } from "@tanstack/react-virtual";

/**
 * The editor's lists scroll in their own column on wide screens and with the page on narrow ones
 * (editor.css), so a windowed list follows whichever of the two scrolls. These take the column as
 * the virtualizer's scroll element and read the page instead when the column does not scroll.
 */
type Lists = Virtualizer<HTMLElement, HTMLLIElement>;

const SCROLL_END_MS = 150;

/** Whether the column scrolls itself (wide screens) or moves with the page (narrow ones). */
export function scrollsItself(column: HTMLElement): boolean {
  const overflow = getComputedStyle(column).overflowY;
  return overflow === "auto" || overflow === "scroll";
}

/** Where `list` starts in the scrolled content: the column's, or the page's. */
export function offsetOf(list: HTMLElement, column: HTMLElement): number {
  const top = list.getBoundingClientRect().top;
  return scrollsItself(column)
    ? top - column.getBoundingClientRect().top + column.scrollTop
    : top + window.scrollY;
}

export function observeRect(instance: Lists, cb: (rect: Rect) => void) {
  const column = instance.scrollElement;
  if (!column) return;
  const update = () =>
    cb(
      scrollsItself(column)
        ? { width: column.clientWidth, height: column.clientHeight }
        : { width: window.innerWidth, height: window.innerHeight },
    );
  update();
  const observer = new ResizeObserver(update);
  observer.observe(column);
  window.addEventListener("resize", update);
  return () => {
    observer.disconnect();
    window.removeEventListener("resize", update);
  };
}

export function observeOffset(instance: Lists, cb: (offset: number, scrolling: boolean) => void) {
  const column = instance.scrollElement;
  if (!column) return;
  const read = () => (scrollsItself(column) ? column.scrollTop : window.scrollY);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Rows are measured only once scrolling stops, so the stop is reported too.
  const onScroll = () => {
    cb(read(), true);
    clearTimeout(timer);
    timer = setTimeout(() => cb(read(), false), SCROLL_END_MS);
  };
  cb(read(), false);
  const options = { passive: true };
  column.addEventListener("scroll", onScroll, options);
  window.addEventListener("scroll", onScroll, options);
  return () => {
    clearTimeout(timer);
    column.removeEventListener("scroll", onScroll);
    window.removeEventListener("scroll", onScroll);
  };
}

export function scrollTo(
  offset: number,
  { adjustments = 0, behavior }: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Lists,
) {
  const column = instance.scrollElement;
  if (!column) return;
  const own = scrollsItself(column);
  const top = offset + adjustments;
  // Mounting asks for the offset already there: the page is then left alone.
  if (top === (own ? column.scrollTop : window.scrollY)) return;
  (own ? column : window).scrollTo({ top, behavior });
}

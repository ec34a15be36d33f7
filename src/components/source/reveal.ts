/** The Source panel's element id: the Details panel and skip links point at it. */
export const SOURCE_PANEL_ID = "source";

const prefersReducedMotion = (): boolean =>
  window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** The first highlighted passage of the selected element's quote `index`, if it is on the page. */
export const quoteMark = (index: number): HTMLElement | null =>
  document.querySelector<HTMLElement>(`#${SOURCE_PANEL_ID} mark[data-quotes~="${index}"]`);

/**
 * Brings a quote into view on request (a click in Details). This may scroll the page too, which is
 * what a reader on a phone wants after asking; focus follows so screen readers land on it.
 */
export function revealQuote(index: number): void {
  const mark = quoteMark(index);
  if (!mark) return;
  mark.scrollIntoView({ block: "center", behavior: prefersReducedMotion() ? "auto" : "smooth" });
  mark.focus({ preventScroll: true });
}

/**
 * Centres `target` inside the scrolling `pane` without moving the page: selection changes happen
 * while the reader looks at the graph, which must stay put. A target that fits on the pane's first
 * screen scrolls it to the top instead, so the article's title stays in view. Smoothness comes from
 * the pane's CSS `scroll-behavior`, which already honours prefers-reduced-motion.
 */
export function centreInPane(pane: HTMLElement, target: HTMLElement): void {
  const box = target.getBoundingClientRect();
  const top = box.top - pane.getBoundingClientRect().top + pane.scrollTop;
  const fitsFirstScreen = top + box.height <= pane.clientHeight;
  pane.scrollTop = fitsFirstScreen ? 0 : Math.max(0, top - (pane.clientHeight - box.height) / 2);
}

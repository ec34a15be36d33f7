/**
 * Runs `work` once the page is idle (after the first picture is drawn), or after a second where
 * there is no idle callback (jsdom); returns how to call it off. For fetching code the first view
 * does not need, so it is there before anyone asks for it.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(work, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, 1000);
  return () => clearTimeout(timer);
}

import { useEffect, useState } from "react";

/** Paragraphs rendered at once: any article a reader pastes fits. */
export const FIRST_PARAGRAPHS = 200;
/** Paragraphs added per task after that, so a book-length source never holds up a frame. */
export const MORE_PARAGRAPHS = 200;

/**
 * How many of `total` items to render: FIRST_PARAGRAPHS at once, then MORE_PARAGRAPHS more per
 * task until all are in. Starts over when `source` changes. A 20 MB graph's source text had
 * 12,000 paragraphs, which React put on the page in one task of over a second.
 */
export function useGrowingCount(total: number, source: unknown): number {
  const [grown, setGrown] = useState({ source, count: FIRST_PARAGRAPHS });
  // Reset while rendering (React's pattern for state that follows a prop): the new source's first
  // render must not show as many items as the old one had grown to.
  if (grown.source !== source) setGrown({ source, count: FIRST_PARAGRAPHS });
  const count = grown.source === source ? grown.count : FIRST_PARAGRAPHS;
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(
      () => setGrown((now) => ({ ...now, count: now.count + MORE_PARAGRAPHS })),
      0,
    );
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}

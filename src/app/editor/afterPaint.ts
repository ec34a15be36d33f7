/**
 * Runs `fn` once the frame that shows the current change has been painted: work that the reader
 * does not see (an autosave's copy of the whole draft) then never delays the edit on screen. A
 * hidden page paints no frames, so there it runs on the next task.
 */
export function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden") {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(fn, 0));
}

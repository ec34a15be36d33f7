import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FIRST_PARAGRAPHS, MORE_PARAGRAPHS, useGrowingCount } from "./useGrowingCount";

/** Each chunk's timer is set by the effect after the last chunk renders: one act per chunk. */
function runChunks(times: number): void {
  for (let i = 0; i < times; i++) act(() => vi.runOnlyPendingTimers());
}

describe("useGrowingCount", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("renders a short source whole at once", () => {
    const { result } = renderHook(() => useGrowingCount(12, "a"));
    expect(result.current).toBe(12);
  });

  it("grows a long source a chunk per task until all of it is in", () => {
    vi.useFakeTimers();
    const total = FIRST_PARAGRAPHS + 2 * MORE_PARAGRAPHS + 7;
    const { result } = renderHook(() => useGrowingCount(total, "a"));
    expect(result.current).toBe(FIRST_PARAGRAPHS);
    runChunks(1);
    expect(result.current).toBe(FIRST_PARAGRAPHS + MORE_PARAGRAPHS);
    runChunks(2);
    expect(result.current).toBe(total);
    runChunks(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("starts over, not at the old count, when the source changes", () => {
    vi.useFakeTimers();
    const total = FIRST_PARAGRAPHS * 5;
    const { result, rerender } = renderHook(({ source }) => useGrowingCount(total, source), {
      initialProps: { source: "a" },
    });
    runChunks(Math.ceil(total / MORE_PARAGRAPHS));
    expect(result.current).toBe(total);
    rerender({ source: "b" });
    expect(result.current).toBe(FIRST_PARAGRAPHS);
  });
});

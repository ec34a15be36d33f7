import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useCalm } from "./useCalm";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("useCalm", () => {
  it("follows a burst of changes once it has stopped for the delay", () => {
    const { result, rerender } = renderHook(({ value }) => useCalm(value, 200), {
      initialProps: { value: "" },
    });
    for (const value of ["a", "ab", "abc"]) {
      rerender({ value });
      act(() => void vi.advanceTimersByTime(150));
      expect(result.current).toBe("");
    }
    act(() => void vi.advanceTimersByTime(50));
    expect(result.current).toBe("abc");
  });

  it("follows at once without a delay", () => {
    const { result, rerender } = renderHook(({ value }) => useCalm(value, null), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    expect(result.current).toBe(2);
  });
});

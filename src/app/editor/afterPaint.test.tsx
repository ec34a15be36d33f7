import { afterEach, describe, expect, it, vi } from "vitest";
import { afterPaint } from "./afterPaint";

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, "visibilityState");
});

describe("afterPaint", () => {
  it("waits for the next frame, then runs on the task after it", () => {
    vi.useFakeTimers();
    const ran = vi.fn();
    afterPaint(ran);
    vi.advanceTimersByTime(0);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it("runs on the next task in a hidden page, which paints no frames", () => {
    vi.useFakeTimers();
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    const frame = vi.spyOn(window, "requestAnimationFrame");
    const ran = vi.fn();
    afterPaint(ran);
    vi.advanceTimersByTime(0);
    expect(ran).toHaveBeenCalledTimes(1);
    expect(frame).not.toHaveBeenCalled();
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import type { LayoutInput } from "./layout";
import { layoutOffThread } from "./offThread";
import { solveLayout } from "./solveLayout";

const INPUT: LayoutInput = {
  ids: ["a", "b", "c"],
  boxes: [
    { w: 24, h: 24, drop: 0 },
    { w: 60, h: 45, drop: 10 },
    { w: 24, h: 24, drop: 0 },
  ],
  edges: [
    [0, 1],
    [1, 2],
  ],
  tall: false,
};

/** Stands in for the browser's Worker: answers as layout.worker.ts does, or fails to start. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static failing = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.made.push(this);
  }
  postMessage(input: LayoutInput): void {
    setTimeout(() => {
      if (this.terminated) return;
      if (FakeWorker.failing) this.onerror?.({ preventDefault() {} });
      else this.onmessage?.({ data: solveLayout(structuredClone(input)) });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
  FakeWorker.failing = false;
});

describe("layoutOffThread", () => {
  it("gives the main thread's positions, without a worker or from one it then stops", async () => {
    const expected = solveLayout(INPUT);
    await expect(layoutOffThread(INPUT)).resolves.toEqual(expected);
    vi.stubGlobal("Worker", FakeWorker);
    await expect(layoutOffThread(INPUT)).resolves.toEqual(expected);
    expect(
      FakeWorker.made.map((w) => [w.url.pathname.endsWith("layout.worker.ts"), w.terminated]),
    ).toEqual([[true, true]]);
  });

  it("stops the worker and rejects when aborted, before or during the run", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const early = new AbortController();
    early.abort(new Error("superseded"));
    await expect(layoutOffThread(INPUT, early.signal)).rejects.toThrow("superseded");
    expect(FakeWorker.made).toHaveLength(0);

    const late = new AbortController();
    const run = layoutOffThread(INPUT, late.signal);
    late.abort(new Error("newer layout"));
    await expect(run).rejects.toThrow("newer layout");
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it("falls back to the main thread when the worker cannot start", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    FakeWorker.failing = true;
    await expect(layoutOffThread(INPUT)).resolves.toEqual(solveLayout(INPUT));
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });
});

import type { BenchResult, SizeResult } from "./results";
import { measured } from "./results";
import { percentile } from "./stats";

export interface Verdict {
  target: string;
  /** null when the run did not measure it (size not run, or a page failed). */
  met: boolean | null;
  value: string;
}

/** The app's last-resort budget for one main-thread task during load (RAIL's response window). */
export const LONG_TASK_BUDGET_MS = 100;
export const FIRST_FRAME_BUDGET_MS = 500;
export const BUNDLE_BUDGET_BYTES = 250 * 1024;

const ms = (n: number) => `${n.toFixed(1)} ms`;
const duration = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(0)} s` : `${n.toFixed(0)} ms`);
const sizeOf = (result: BenchResult, elements: number): SizeResult | undefined =>
  result.sizes.find((s) => s.elements === elements);

/** App step median against a reference's, as `app ÷ reference`. */
function stepRatio(size: SizeResult | undefined, reference: "bare" | "naive") {
  const app = measured(size?.pages.app);
  const ref = measured(size?.pages[reference]);
  return app && ref ? { app: app.step.median, ref: ref.step.median } : null;
}

function stepVerdict(result: BenchResult, elements: number, limit: number): Verdict {
  const r = stepRatio(sizeOf(result, elements), "bare");
  const k = `${elements / 1000}k`;
  const target = `Timeline step at ${k}: app ${limit === 1 ? "at or below" : `within ${limit}× of`} bare`;
  if (r === null) return { target, met: null, value: "not measured" };
  const ratio = r.app / r.ref;
  const value = `${ms(r.app)} vs ${ms(r.ref)} = ${ratio.toFixed(2)}×`;
  return { target, met: ratio <= limit, value };
}

export function verdicts(result: BenchResult): Verdict[] {
  const out = [stepVerdict(result, 1000, 1.2), stepVerdict(result, 5000, 1.2)];
  out.push(stepVerdict(result, 20000, 1));

  const naive = stepRatio(sizeOf(result, 20000), "naive");
  out.push({
    target: "Timeline step at 20k: app at least 2× faster than naive",
    met: naive === null ? null : naive.ref / naive.app >= 2,
    value:
      naive === null
        ? "not measured"
        : `${ms(naive.app)} vs ${ms(naive.ref)} = ${(naive.ref / naive.app).toFixed(2)}× faster`,
  });

  const largest = result.sizes.at(-1);
  const appLoad = measured(largest?.pages.app);
  out.push({
    target: `Load: no main-thread task over ${LONG_TASK_BUDGET_MS} ms (layout off the main thread) at the largest size`,
    met: appLoad === null ? null : appLoad.longestTaskMs <= LONG_TASK_BUDGET_MS,
    value:
      appLoad === null || largest === undefined
        ? "not measured"
        : `${duration(appLoad.longestTaskMs)} longest task of ${duration(appLoad.loadMs)} load at ${largest.elements / 1000}k`,
  });

  const frames = result.article.map((a) => a.drawnMs);
  const first = frames.length > 0 ? percentile(frames, 50) : null;
  out.push({
    target: `Article graph: first frame ≤ ${FIRST_FRAME_BUDGET_MS} ms`,
    met: first === null ? null : first <= FIRST_FRAME_BUDGET_MS,
    value: first === null ? "not measured" : `${ms(first)} (median of ${frames.length})`,
  });

  const { gzipBytes } = result.bundle;
  out.push({
    target: "Initial JS ≤ 250 KB gzip",
    met: gzipBytes <= BUNDLE_BUDGET_BYTES,
    value: `${(gzipBytes / 1024).toFixed(1)} KB`,
  });
  return out;
}

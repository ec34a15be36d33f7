import type { EditorResult } from "../editor";
import type { BenchResult, SizeResult } from "./results";
import { measured } from "./results";
import { importVerdicts } from "./importRow";
import { percentile } from "./stats";
import { LOAD_TASK_BUDGET_MS, PROBLEM_COUNT } from "./problemsRow";
import { LIMIT_TASK_BUDGET_MS } from "./limitRow";

export interface Verdict {
  target: string;
  /** null when the run did not measure it (size not run, or a page failed). */
  met: boolean | null;
  value: string;
}

/** The longest main-thread task a load may have (issue 14: no frozen tab, "no task over 1 s"). */
export const LONG_TASK_BUDGET_MS = 1000;
export const FIRST_FRAME_BUDGET_MS = 500;
export const BUNDLE_BUDGET_BYTES = 250 * 1024;

const ms = (n: number) => `${n.toFixed(1)} ms`;
const duration = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(0)} s` : `${n.toFixed(0)} ms`);
type Family = NonNullable<SizeResult["family"]>;
const familyOf = (size: SizeResult): Family => size.family ?? "communities";
const sizeOf = (result: BenchResult, elements: number, family: Family): SizeResult | undefined =>
  result.sizes.find((s) => s.elements === elements && familyOf(s) === family);
/** "20k" for the first family, "20k hubs" for the second. */
export const sizeLabel = (size: { elements: number; family?: Family }): string =>
  `${size.elements / 1000}k${(size.family ?? "communities") === "communities" ? "" : ` ${size.family}`}`;

export const SEARCH_BUDGET_MS = 100;
export const LOAD_RATIO_LIMIT = 1.5;

/** App step median against a reference's, as `app ÷ reference`. */
function stepRatio(size: SizeResult | undefined, reference: "bare" | "naive") {
  const app = measured(size?.pages.app);
  const ref = measured(size?.pages[reference]);
  return app && ref ? { app: app.step.median, ref: ref.step.median } : null;
}

function stepVerdict(
  result: BenchResult,
  elements: number,
  limit: number,
  family: Family,
): Verdict {
  const r = stepRatio(sizeOf(result, elements, family), "bare");
  const k = sizeLabel({ elements, family });
  const target = `Timeline step at ${k}: app ${limit === 1 ? "at or below" : `within ${limit}× of`} bare`;
  if (r === null) return { target, met: null, value: "not measured" };
  const ratio = r.app / r.ref;
  const value = `${ms(r.app)} vs ${ms(r.ref)} = ${ratio.toFixed(2)}×`;
  return { target, met: ratio <= limit, value };
}

/** The step, load and search targets for one family of graphs. */
function familyVerdicts(result: BenchResult, family: Family): Verdict[] {
  const out = [1000, 5000].map((n) => stepVerdict(result, n, 1.2, family));
  out.push(stepVerdict(result, 20000, 1, family));
  const k = sizeLabel({ elements: 20000, family });
  const size = sizeOf(result, 20000, family);
  const naive = stepRatio(size, "naive");
  out.push({
    target: `Timeline step at ${k}: app at least 2× faster than naive`,
    met: naive === null ? null : naive.ref / naive.app >= 2,
    value:
      naive === null
        ? "not measured"
        : `${ms(naive.app)} vs ${ms(naive.ref)} = ${(naive.ref / naive.app).toFixed(2)}× faster`,
  });

  const app = measured(size?.pages.app);
  const bare = measured(size?.pages.bare);
  out.push({
    target: `Load at ${k}: within ${LOAD_RATIO_LIMIT}× of bare's, no main-thread task over ${LONG_TASK_BUDGET_MS} ms`,
    met:
      app === null || bare === null
        ? null
        : app.loadMs <= LOAD_RATIO_LIMIT * bare.loadMs && app.longestTaskMs <= LONG_TASK_BUDGET_MS,
    value:
      app === null || bare === null
        ? "not measured"
        : `${duration(app.loadMs)} vs ${duration(bare.loadMs)} = ${(app.loadMs / bare.loadMs).toFixed(2)}×; longest task ${duration(app.longestTaskMs)}`,
  });
  out.push({
    target: `Search at ${k}: ≤ ${SEARCH_BUDGET_MS} ms a keystroke (median)`,
    met: app?.search ? app.search.median <= SEARCH_BUDGET_MS : null,
    value: app?.search ? `${ms(app.search.median)} (p95 ${ms(app.search.p95)})` : "not measured",
  });
  return out;
}

export const SUGGEST_ARTICLE_MS = 500;
export const SUGGEST_LONG_MS = 3000;
export const EDIT_PAINT_MS = 50;
export const EDITOR_SHARE_BYTES = 5 * 1024;

export function editorVerdicts(editor: EditorResult, bundle: BenchResult["bundle"]): Verdict[] {
  const { suggest, paint } = editor;
  const share = bundle.gzipBytes - editor.withoutEditor.gzipBytes;
  const times = "error" in paint ? null : paint.times;
  return [
    {
      target: `Editor: suggestions for the article (${suggest.articleWords} words) ≤ ${SUGGEST_ARTICLE_MS} ms`,
      met: suggest.articleMs <= SUGGEST_ARTICLE_MS,
      value: `${ms(suggest.articleMs)} (median of 5, Node)`,
    },
    {
      target: `Editor: suggestions for ${suggest.longWords.toLocaleString("en")} words ≤ ${SUGGEST_LONG_MS / 1000} s`,
      met: suggest.longMs <= SUGGEST_LONG_MS,
      value: `${duration(suggest.longMs)} (median of 3, Node)`,
    },
    {
      target: `Editor: an edit on a 1,000-element draft on screen ≤ ${EDIT_PAINT_MS} ms (median)`,
      met: times === null ? null : percentile(times, 50) <= EDIT_PAINT_MS,
      value:
        times === null
          ? `not measured: ${"error" in paint ? paint.error : ""}`
          : `${ms(percentile(times, 50))} (max ${ms(Math.max(...times))}, ${times.length} renames)`,
    },
    {
      target: `Editor: adds ≤ ${EDITOR_SHARE_BYTES / 1024} KB gzip to the explorer's initial JS`,
      met: share <= EDITOR_SHARE_BYTES,
      value: `${(share / 1024).toFixed(1)} KB (${(bundle.gzipBytes / 1024).toFixed(1)} vs ${(editor.withoutEditor.gzipBytes / 1024).toFixed(1)} KB without it)`,
    },
  ];
}

function problemsVerdict(problems: NonNullable<BenchResult["problems"]>): Verdict {
  const target = `Opening a file with ${PROBLEM_COUNT.toLocaleString("en")} problems: no main-thread task over ${LOAD_TASK_BUDGET_MS} ms from the drop to the report`;
  if ("error" in problems) return { target, met: null, value: `not measured: ${problems.error}` };
  return {
    target,
    met: problems.longestTaskMs <= LOAD_TASK_BUDGET_MS,
    value: `longest task ${duration(problems.longestTaskMs)}; report after ${duration(problems.alertMs)}`,
  };
}

function limitVerdict(limit: NonNullable<BenchResult["limit"]>): Verdict {
  const target = `The size-limit file opens with no main-thread task over ${duration(LIMIT_TASK_BUDGET_MS)}`;
  if ("error" in limit) return { target, met: null, value: `not measured: ${limit.error}` };
  const longest = limit.longestTasksMs[0] ?? 0;
  return {
    target,
    met: longest <= LIMIT_TASK_BUDGET_MS,
    value: `longest task ${duration(longest)}; drawn after ${duration(limit.loadMs)} (${limit.fileMB.toFixed(1)} MB)`,
  };
}

export function verdicts(result: BenchResult): Verdict[] {
  const families = [...new Set(result.sizes.map(familyOf))];
  const out = families.flatMap((family) => familyVerdicts(result, family));

  const frames = result.article.map((a) => a.drawnMs);
  const first = frames.length > 0 ? percentile(frames, 50) : null;
  out.push({
    target: `Article graph: first frame ≤ ${FIRST_FRAME_BUDGET_MS} ms`,
    met: first === null ? null : first <= FIRST_FRAME_BUDGET_MS,
    value: first === null ? "not measured" : `${ms(first)} (median of ${frames.length})`,
  });

  if (result.problems) out.push(problemsVerdict(result.problems));
  if (result.limit) out.push(limitVerdict(result.limit));

  if (result.editor) out.push(...editorVerdicts(result.editor, result.bundle));
  if (result.gexfImport) out.push(...importVerdicts(result.gexfImport));

  const { gzipBytes } = result.bundle;
  out.push({
    target: "Initial JS ≤ 250 KB gzip",
    met: gzipBytes <= BUNDLE_BUDGET_BYTES,
    value: `${(gzipBytes / 1024).toFixed(1)} KB`,
  });
  return out;
}

import { importLine } from "./importRow";
import { problemsLine } from "./problemsRow";
import { limitLine } from "./limitRow";
import { machineLine } from "./machine";
import type { BenchResult, PageName, SizeResult } from "./results";
import { measured, PAGES } from "./results";
import { percentile } from "./stats";
import { sizeLabel, verdicts } from "./targets";

const f1 = (n: number) => n.toFixed(1);
// Loads run from a second to half an hour: whole seconds past ten, whole milliseconds below.
const duration = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${ms.toFixed(0)} ms`;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const ratio = (a: number, b: number | undefined) => (b === undefined ? "–" : `${f1(a / b)}×`);
const LABELS: Record<PageName, string> = {
  app: "**app**",
  bare: "bare",
  naive: "naive",
  "bare-webgl": "bare + WebGL",
};

function row(size: SizeResult, name: PageName): string | null {
  const outcome = size.pages[name];
  if (outcome === undefined) return null;
  const label = `| ${sizeLabel(size)} | ${LABELS[name]}`;
  const page = measured(outcome);
  // One line per cell: a multi-line reason would break the table.
  if (page === null && "error" in outcome)
    return `${label} | failed: ${outcome.error.split("\n")[0]} |${" |".repeat(7)}`;
  if (page === null) return null;
  const bare = measured(size.pages.bare)?.step;
  const naive = measured(size.pages.naive)?.step;
  const { step } = page;
  return [
    label,
    duration(page.loadMs),
    duration(page.longestTaskMs),
    mb(page.heapBytes),
    f1(step.median),
    f1(step.p95),
    `${ratio(step.median, bare?.median)} / ${ratio(step.p95, bare?.p95)}`,
    `${ratio(step.median, naive?.median)} / ${ratio(step.p95, naive?.p95)}`,
    page.search === null ? "–" : `${f1(page.search.median)} / ${f1(page.search.p95)}`,
    "",
  ].join(" | ");
}

/** Whether every page ended its sweep with as many nodes on the canvas: the same picture. */
function sameEnding(size: SizeResult): string {
  const ends = PAGES.flatMap((name) => {
    const page = measured(size.pages[name]);
    return page === null ? [] : [[name, page.step.nodesAtEnd] as const];
  });
  if (new Set(ends.map(([, n]) => n)).size <= 1) return String(ends[0]?.[1] ?? "–");
  return `**differ** (${ends.map(([name, n]) => `${name} ${n}`).join(", ")})`;
}

const mark = (met: boolean | null) => (met === null ? "not measured" : met ? "met" : "**missed**");

/** `bench/results/latest.md`: the table, the machine, and each target met or missed. */
export function toMarkdown(result: BenchResult): string {
  const article = result.article;
  const median = (pick: (a: (typeof article)[number]) => number) =>
    article.length > 0 ? f1(percentile(article.map(pick), 50)) : "–";
  const header = [
    "| Size | Page | Load | Longest task | Heap (MB) | Step median (ms) | Step p95 (ms) | Step ÷ bare (median / p95) | Step ÷ naive (median / p95) | Search median / p95 (ms) |",
    "| ---- | ---- | ---: | -----------: | --------: | ---------------: | ------------: | -------------------------: | --------------------------: | -----------------------: |",
  ];
  const rows = result.sizes.flatMap((size) =>
    PAGES.map((name) => row(size, name)).filter((r): r is string => r !== null),
  );
  const { presses, searches, seed } = result.options;
  const { bundle, revision } = result;
  return [
    `Run ${result.date} (${Math.round(result.durationS)} s) of ${revision.commit}${revision.dirty ? " plus uncommitted changes" : ""}: ${machineLine(result.machine)}.`,
    `WebGL renderer: ${result.webglRenderer ?? "unavailable"}.`,
    "",
    ...header,
    ...rows,
    "",
    `Sizes are nodes + edges (40% nodes; "hubs": 25% nodes, a few hubs with hundreds of edges, 70% of edges dated and mostly short-lived), seed ${seed}; ${presses} timeline steps and ${searches} search keystrokes per page.`,
    "App load includes the layout; the reference pages take the app's positions, so theirs does not.",
    "Heap: main-thread JS heap after load and a forced GC. Ratios: app (or reference) ÷ bare or naive, same run.",
    `Nodes on the canvas after the last step, every page: ${result.sizes.map((size) => `${sizeLabel(size)} ${sameEnding(size)}`).join("; ")}.`,
    ...result.sizes
      .filter((size) => size.positionsFrom === "an earlier run")
      .map(
        (size) =>
          `At ${sizeLabel(size)} the references drew the app's positions saved by an earlier run.`,
      ),
    `Article graph (no ?graph): first frame with the graph drawn ${median((a) => a.drawnMs)} ms, first contentful paint ${median((a) => a.fcpMs)} ms (medians of ${article.length}).`,
    ...(result.gexfImport ? [importLine(result.gexfImport)] : []),
    ...(result.problems && !("error" in result.problems) ? [problemsLine(result.problems)] : []),
    ...(result.limit && !("error" in result.limit) ? [limitLine(result.limit)] : []),
    `Initial JS: ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzip (${(bundle.rawBytes / 1024).toFixed(0)} KB raw; ${bundle.files.join(", ")}).`,
    "",
    "| Target | Result | Measured |",
    "| ------ | ------ | -------- |",
    ...verdicts(result).map((v) => `| ${v.target} | ${mark(v.met)} | ${v.value} |`),
    "",
  ].join("\n");
}

import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gephiGexf } from "../gexfSample";
import type { Verdict } from "./targets";

export interface ImportResult {
  elements: number;
  fileMB: number;
  parseMs: number;
  cpuMs: number;
  /**
   * The target's figure: the largest heap in use after a forced full collection, sampled every
   * 500 elements and at each stage (importGexf.ts, `memory` mode), the file's text included, as a
   * multiple of the file's size. What the import needs, as opposed to what V8 lets pile up.
   */
  liveRatio?: number;
  /** Peak resident memory the import added, as a multiple of the file's size. */
  peakRatio: number;
  /**
   * Largest V8 heap after a collection during the import, less the heap before it, as a multiple
   * of the file's size: what the import holds (promoted garbage not yet collected included),
   * without the young generation and headroom V8 reserves around it, which RSS counts.
   */
  heapRatio: number;
  /** The graph's heap once the import is over, as a multiple of the file's size. */
  keptRatio: number;
  nodes: number;
  edges: number;
}

export const IMPORT_PARSE_TARGET_MS = 3000;
export const IMPORT_MEMORY_TARGET = 5;

/** Opens a Gephi-shaped GEXF of `elements` elements in a fresh Node process (see importGexf.ts). */
export function measureGexfImport(dir: string, elements: number): ImportResult {
  const file = `${dir}gexf-${elements}.gexf`;
  writeFileSync(file, gephiGexf(elements));
  const child = fileURLToPath(new URL("../importGexf.ts", import.meta.url));
  const node = (flags: string[], mode: string) =>
    execFileSync(process.execPath, [...flags, "--import", "tsx", child, file, mode], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  const lastLine = (out: string): unknown => JSON.parse(out.trim().split("\n").pop() ?? "{}");
  // Two processes: the forced collections of the memory run would slow the timed one.
  const out = node(["--expose-gc", "--trace-gc"], "time");
  const memory = lastLine(node(["--expose-gc"], "memory")) as {
    ok: boolean;
    livePeakBytes: number;
  };
  const run = lastLine(out) as {
    ok: boolean;
    parseMs: number;
    cpuMs: number;
    peakBytes: number;
    keptBytes: number;
    fileBytes: number;
    nodes: number;
    edges: number;
  };
  if (!run.ok || !memory.ok) throw new Error(`the ${elements}-element GEXF did not open`);
  const heap = heapPeak(out);
  return {
    elements,
    fileMB: run.fileBytes / 1024 / 1024,
    parseMs: run.parseMs,
    cpuMs: run.cpuMs,
    liveRatio: memory.livePeakBytes / run.fileBytes,
    peakRatio: run.peakBytes / run.fileBytes,
    heapRatio: heap / run.fileBytes,
    keptRatio: run.keptBytes / run.fileBytes,
    nodes: run.nodes,
    edges: run.edges,
  };
}

// "Scavenge 8.5 (10.7) -> 7.3 (15.2) MB": the heap in use after the collection, in MiB.
const AFTER_GC = /-> ([\d.]+) \(/;

/** Peak heap after a collection between the child's markers, less the heap just before them. */
export function heapPeak(trace: string): number {
  const lines = trace.split("\n");
  const [start, end] = [lines.indexOf("IMPORT-START"), lines.indexOf("IMPORT-END")];
  const after = (line: string) => Number(AFTER_GC.exec(line)?.[1] ?? NaN) * 1024 * 1024;
  const base = lines.slice(0, start).map(after).filter(Number.isFinite).pop() ?? 0;
  const during = lines.slice(start, end).map(after).filter(Number.isFinite);
  return Math.max(0, ...during) - base;
}

export const importLine = (r: ImportResult): string =>
  `Opening a ${r.elements / 1000}k-element Gephi GEXF (${r.fileMB.toFixed(1)} MB; ${r.nodes} nodes, ${r.edges} edges) in Node: parse + build ${Math.round(r.parseMs)} ms wall, ${Math.round(r.cpuMs)} ms CPU (target ≤ ${IMPORT_PARSE_TARGET_MS} ms: ${r.parseMs <= IMPORT_PARSE_TARGET_MS ? "met" : "missed"}); peak memory ${r.liveRatio?.toFixed(1) ?? "?"}× the file (target ≤ ${IMPORT_MEMORY_TARGET}×: ${r.liveRatio === undefined ? "not measured" : r.liveRatio <= IMPORT_MEMORY_TARGET ? "met" : "missed"}; live heap after forced full collections every 500 elements and at each stage, the file's text included). Context: V8's heap after its own collections, garbage not yet reclaimed included, ${r.heapRatio.toFixed(1)}×; resident memory (RSS, with V8's reserved young generation) ${r.peakRatio.toFixed(1)}×; the graph alone then holds ${r.keptRatio.toFixed(1)}×.`;

/** The two targets of the GEXF row, for the benchmark's table of targets. */
export function importVerdicts(r: ImportResult): Verdict[] {
  const size = `${r.elements / 1000}k-element GEXF (${r.fileMB.toFixed(1)} MB)`;
  return [
    {
      target: `Opening a ${size}: parse + build ≤ ${IMPORT_PARSE_TARGET_MS} ms`,
      met: r.parseMs <= IMPORT_PARSE_TARGET_MS,
      value: `${Math.round(r.parseMs)} ms wall (${Math.round(r.cpuMs)} ms CPU)`,
    },
    {
      target: `Opening a ${size}: peak memory ≤ ${IMPORT_MEMORY_TARGET}× the file`,
      met: r.liveRatio === undefined ? null : r.liveRatio <= IMPORT_MEMORY_TARGET,
      value:
        r.liveRatio === undefined
          ? "not measured (an older run: only V8's heap with garbage)"
          : `${r.liveRatio.toFixed(1)}× (live heap after forced collections, the file's text included)`,
    },
  ];
}

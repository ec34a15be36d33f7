import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gephiGexf } from "../gexfSample";

export interface ImportResult {
  elements: number;
  fileMB: number;
  parseMs: number;
  cpuMs: number;
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
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--trace-gc", "--import", "tsx", child, file],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const run = JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
    ok: boolean;
    parseMs: number;
    cpuMs: number;
    peakBytes: number;
    keptBytes: number;
    fileBytes: number;
    nodes: number;
    edges: number;
  };
  if (!run.ok) throw new Error(`the ${elements}-element GEXF did not open`);
  const heap = heapPeak(out);
  return {
    elements,
    fileMB: run.fileBytes / 1024 / 1024,
    parseMs: run.parseMs,
    cpuMs: run.cpuMs,
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
  `Opening a ${r.elements / 1000}k-element Gephi GEXF (${r.fileMB.toFixed(1)} MB; ${r.nodes} nodes, ${r.edges} edges) in Node: parse + build ${Math.round(r.parseMs)} ms wall, ${Math.round(r.cpuMs)} ms CPU (target ≤ ${IMPORT_PARSE_TARGET_MS} ms), peak memory: V8 heap held ${r.heapRatio.toFixed(1)}× the file, resident (RSS, with V8's reserved young generation and headroom) ${r.peakRatio.toFixed(1)}× (target ≤ ${IMPORT_MEMORY_TARGET}× for each); the graph then holds ${r.keptRatio.toFixed(1)}×.`;

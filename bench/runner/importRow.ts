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
  const out = execFileSync(process.execPath, ["--import", "tsx", child, file], {
    encoding: "utf8",
  });
  const run = JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
    ok: boolean;
    parseMs: number;
    cpuMs: number;
    peakBytes: number;
    fileBytes: number;
    nodes: number;
    edges: number;
  };
  if (!run.ok) throw new Error(`the ${elements}-element GEXF did not open`);
  return {
    elements,
    fileMB: run.fileBytes / 1024 / 1024,
    parseMs: run.parseMs,
    cpuMs: run.cpuMs,
    peakRatio: run.peakBytes / run.fileBytes,
    nodes: run.nodes,
    edges: run.edges,
  };
}

export const importLine = (r: ImportResult): string =>
  `Opening a ${r.elements / 1000}k-element Gephi GEXF (${r.fileMB.toFixed(1)} MB; ${r.nodes} nodes, ${r.edges} edges) in Node: parse + build ${Math.round(r.parseMs)} ms wall, ${Math.round(r.cpuMs)} ms CPU (target ≤ ${IMPORT_PARSE_TARGET_MS} ms), peak memory ${r.peakRatio.toFixed(1)}× the file (target ≤ ${IMPORT_MEMORY_TARGET}×).`;

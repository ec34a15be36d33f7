// Child process of the benchmark: opens one GEXF file as the parse worker does and prints what it
// took. A process of its own, so its memory is the import's and nothing else's.
//
// `time` (the default): wall and CPU time, nothing added to the import. Run with --trace-gc as
// well, the parent also reads V8's heap after each collection between the two markers (live data
// plus promoted garbage no full collection has reclaimed yet) and the resident peak.
//
// `memory` (run with --expose-gc): the live peak. Every SAMPLE_EVERY elements the builder takes
// in, when it finishes its document, and once the graph is built (document and graph then both
// held), a full collection runs and the heap in use is read; the peak is the largest of these
// less the heap before the file was read, so the file's own text (held throughout, as the worker
// holds it) counts. Transient objects inside one step between two samples are not seen.
import { readFileSync } from "node:fs";
import { ImportBuilder } from "../src/domain/formats/import/builder";
import { parseStep } from "../src/workers/parseStep";

const [file = "", mode = "time"] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
const SAMPLE_EVERY = 500;

/** Heap in use after a full collection. */
function live(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

function sampleTheBuilder(sample: () => void): void {
  const proto = ImportBuilder.prototype;
  const [node, edge, finish] = [proto.node, proto.edge, proto.finish];
  let taken = 0;
  const tick = () => {
    if (++taken % SAMPLE_EVERY === 0) sample();
  };
  proto.node = function (this: ImportBuilder, ...args) {
    node.apply(this, args);
    tick();
  };
  proto.edge = function (this: ImportBuilder, ...args) {
    edge.apply(this, args);
    tick();
  };
  proto.finish = function (this: ImportBuilder, ...args) {
    const outcome = finish.apply(this, args);
    sample();
    return outcome;
  };
}

function measureMemory(): void {
  if (!gc) throw new Error("run with --expose-gc");
  const before = live();
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, live() - before);
  };
  sampleTheBuilder(sample);
  const text = readFileSync(file, "utf8");
  sample();
  const outcome = parseStep({ text, fileName: "sample.gexf" });
  sample();
  const ok = outcome.kind === "done" && outcome.result.ok;
  console.log(JSON.stringify({ ok, livePeakBytes: peak, fileBytes: Buffer.byteLength(text) }));
}

function measureTime(): void {
  const text = readFileSync(file, "utf8");
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  console.log("IMPORT-START");
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const outcome = parseStep({ text, fileName: "sample.gexf" });
  const parseMs = performance.now() - started;
  // CPU time as well as wall time: on a shared machine the wall clock also counts others' work.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // maxRSS (KB) is the process's peak since it started: the import's peak, less what was there before.
  const peakBytes = process.resourceUsage().maxRSS * 1024 - before;
  const graph = outcome.kind === "done" && outcome.result.ok ? outcome.result.graph : undefined;
  gc?.();
  // What stays once the import is over: the graph the app shows.
  const keptBytes = process.memoryUsage().heapUsed - heapBefore;
  console.log("IMPORT-END");
  console.log(
    JSON.stringify({
      ok: graph !== undefined,
      parseMs,
      cpuMs,
      peakBytes,
      keptBytes,
      fileBytes: Buffer.byteLength(text),
      nodes: graph?.nodes.length ?? 0,
      edges: graph?.edges.length ?? 0,
    }),
  );
}

if (mode === "memory") measureMemory();
else measureTime();

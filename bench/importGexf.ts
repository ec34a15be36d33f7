// Child process of the benchmark: opens one GEXF file as the parse worker does and prints what it
// took. A process of its own, so its peak resident memory is the import's and nothing else's.
// Run with --expose-gc --trace-gc: the parent reads V8's heap after each collection between the
// two markers, the memory the import holds as opposed to what V8 reserves around it.
import { readFileSync } from "node:fs";
import { parseStep } from "../src/workers/parseStep";

const file = process.argv[2] ?? "";
const text = readFileSync(file, "utf8");
const gc = (globalThis as { gc?: () => void }).gc;
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

// Child process of the benchmark: opens one GEXF file as the parse worker does and prints what it
// took. A process of its own, so its peak resident memory is the import's and nothing else's.
import { readFileSync } from "node:fs";
import { parseStep } from "../src/workers/parseStep";

const file = process.argv[2] ?? "";
const text = readFileSync(file, "utf8");
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
const ok = outcome.kind === "done" && outcome.result.ok;
const graph = ok && outcome.kind === "done" && outcome.result.ok ? outcome.result.graph : undefined;
console.log(
  JSON.stringify({
    ok,
    parseMs,
    cpuMs,
    peakBytes,
    fileBytes: Buffer.byteLength(text),
    nodes: graph?.nodes.length ?? 0,
    edges: graph?.edges.length ?? 0,
  }),
);

// npm run gen -- --nodes 400 --edges 600 --seed 1 [--out file] [--check]
// npm run gen -- --elements 20000 --seed 1   (40% nodes, 60% edges)
// npm run gen -- --elements 20000 --family hubs   (25% nodes; see bench/README.md)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadGraph } from "../src/domain/load/load";
import { FAMILIES, generateGraph, graphFileName, serializeGraph, splitElements } from "./generate";
import type { GraphFamily } from "./generate";

const TMP = fileURLToPath(new URL("./tmp/", import.meta.url));

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${name} must be an integer, not "${value}"`);
  return n;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      nodes: { type: "string" },
      edges: { type: "string" },
      elements: { type: "string" },
      seed: { type: "string", default: "1" },
      family: { type: "string", default: "communities" },
      out: { type: "string" },
      check: { type: "boolean", default: false },
    },
  });
  const family = values.family as GraphFamily;
  if (!FAMILIES.includes(family)) throw new Error(`--family must be one of ${FAMILIES.join(", ")}`);
  const elements = integer("elements", values.elements);
  const split = elements === undefined ? undefined : splitElements(elements, family);
  const nodes = integer("nodes", values.nodes) ?? split?.nodes;
  const edges = integer("edges", values.edges) ?? split?.edges;
  const seed = integer("seed", values.seed) ?? 1;
  if (nodes === undefined || edges === undefined)
    throw new Error("give --nodes and --edges, or --elements");

  const started = performance.now();
  const text = serializeGraph(generateGraph({ nodes, edges, seed, family }));
  const generatedMs = performance.now() - started;
  const out =
    values.out ?? relative(process.cwd(), `${TMP}${graphFileName(family, nodes, edges, seed)}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const size = `${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`;
  console.log(`${out}: ${nodes} nodes, ${edges} edges, ${size}`);
  console.log(`generated in ${generatedMs.toFixed(0)} ms`);

  if (values.check) {
    const loadStarted = performance.now();
    const result = loadGraph(text);
    const loadMs = performance.now() - loadStarted;
    const errors = result.problems.filter((p) => p.severity === "error").length;
    const warnings = result.problems.length - errors;
    console.log(`loadGraph: ${errors} errors, ${warnings} warnings, ${loadMs.toFixed(0)} ms`);
    if (!result.ok) process.exitCode = 1;
  }
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
}

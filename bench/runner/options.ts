import { parseArgs } from "node:util";
import { FAMILIES } from "../generate";
import type { GraphFamily } from "../generate";
import { PAGES } from "./results";
import type { PageName } from "./results";

/** The reference pages a run may measure (the app always runs: it lays the graphs out). */
export const REFERENCES: readonly PageName[] = PAGES.filter((page) => page !== "app");

export interface BenchOptions {
  sizes: number[];
  /** Graph families, each measured at every size. */
  families: GraphFamily[];
  /** Timed timeline steps per page. */
  presses: number;
  /** Timed search keystrokes in the app. */
  searches: number;
  seed: number;
  /** How long a page may take to show its graph before it is reported as failed. */
  loadTimeoutMs: number;
  /** Which reference pages to measure beside the app. */
  references: PageName[];
  /** CI mode: results go to bench/tmp/, not over the committed ones. */
  quick: boolean;
}

function positiveInteger(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`--${name}: "${value}" is not a positive integer`);
  return n;
}

/**
 * `--sizes 1000,5000,20000 --families communities,hubs --pages bare,naive,bare-webgl --steps 50
 * --searches 20 --seed 1 --load-timeout 300 [--quick]`
 */
export function parseOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: "string", default: "1000,5000,20000" },
      families: { type: "string", default: FAMILIES.join(",") },
      steps: { type: "string", default: "50" },
      searches: { type: "string", default: "20" },
      seed: { type: "string", default: "1" },
      "load-timeout": { type: "string", default: "300" },
      pages: { type: "string", default: REFERENCES.join(",") },
      quick: { type: "boolean", default: false },
    },
  });
  const sizes = values.sizes
    .split(",")
    .map((s) => positiveInteger("sizes", s.trim()))
    .sort((a, b) => a - b);
  const quick = values.quick;
  const families = values.families.split(",").map((f) => f.trim() as GraphFamily);
  for (const family of families) {
    if (!FAMILIES.includes(family))
      throw new Error(`--families: "${family}" is not one of ${FAMILIES.join(", ")}`);
  }
  const references = values.pages.split(",").map((p) => p.trim() as PageName);
  for (const page of references) {
    if (!REFERENCES.includes(page))
      throw new Error(`--pages: "${page}" is not one of ${REFERENCES.join(", ")}`);
  }
  return {
    references,
    sizes: quick ? sizes.slice(0, 1) : sizes,
    families: quick ? families.slice(0, 1) : families,
    presses: quick ? 10 : positiveInteger("steps", values.steps),
    searches: quick ? 6 : positiveInteger("searches", values.searches),
    seed: positiveInteger("seed", values.seed),
    loadTimeoutMs: positiveInteger("load-timeout", values["load-timeout"]) * 1000,
    quick,
  };
}

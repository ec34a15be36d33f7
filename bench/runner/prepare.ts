import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, gzipSync } from "node:zlib";
import { generateGraph, graphFileName, serializeGraph, splitElements } from "../generate";
import type { GraphFamily } from "../generate";

export interface GraphFile {
  family: GraphFamily;
  elements: number;
  nodes: number;
  edges: number;
  /** File name inside the served directory. */
  name: string;
}

const vite = (args: string[]) =>
  execFileSync("npx", ["vite", "build", "--logLevel", "warn", ...args], { stdio: "inherit" });

/**
 * The production app and the reference pages. The app is built into `appDir` rather than dist/,
 * so a benchmark never swaps the bundle under an end-to-end run serving dist/.
 */
export function buildPages(appDir: string): void {
  vite(["--outDir", appDir, "--emptyOutDir"]);
  vite(["-c", "bench/vite.config.ts"]);
}

/**
 * Writes the seeded graph for each size into `dir`. A file left by an earlier run is kept only
 * if it holds the same bytes: one made by an older generator once skewed a whole run. Positions
 * saved for a graph that changed are removed with it.
 */
export function writeGraphs(
  dir: string,
  sizes: readonly number[],
  seed: number,
  family: GraphFamily = "communities",
): GraphFile[] {
  return sizes.map((elements) => {
    const { nodes, edges } = splitElements(elements, family);
    const name = graphFileName(family, nodes, edges, seed);
    const path = join(dir, name);
    const text = serializeGraph(generateGraph({ nodes, edges, seed, family }));
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
      writeFileSync(path, text);
      rmSync(join(dir, `positions-${name}`), { force: true });
    }
    return { family, elements, nodes, edges, name };
  });
}

export interface BundleSize {
  files: string[];
  gzipBytes: number;
  rawBytes: number;
}

/** JavaScript the built index.html loads up front (module scripts and modulepreloads), gzipped. */
export function initialBundle(appDir: string): BundleSize {
  const html = readFileSync(join(appDir, "index.html"), "utf8");
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files = tags
    .filter((tag) => tag.startsWith("<script") || /rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="\.?\/?([^"]+\.js)"/.exec(tag)?.[1])
    .filter((file): file is string => file !== undefined);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(appDir, file));
    rawBytes += bytes.length;
    // Level 9, as Vite's own build report uses.
    gzipBytes += gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  }
  return { files, gzipBytes, rawBytes };
}

// npm run bench:editor [-- --base <built app dir>]
// The editor's figures that need no browser: suggestions for the article and for a 10,000-word
// text (the same code the suggestions worker runs, in Node's V8), the pure part of an edit on a
// 1,000-element draft (commit + the canvas's in-place update on headless Cytoscape), and the
// explorer's initial JS against a baseline build (`--base`, e.g. main's dist/).
import cytoscape from "cytoscape";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { draftFromGraph } from "../src/domain/edit/draft";
import { commit, startHistory } from "../src/domain/edit/history";
import { loadGraph } from "../src/domain/load/load";
import { suggest } from "../src/domain/suggest";
import { DraftCanvasController } from "../src/app/editor/draftCanvas";
import { generateGraph } from "./generate";
import { initialBundle } from "./runner/prepare";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
function time(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  return median(times);
}

const article = readFileSync("data/article.txt", "utf8");
const words = article.split(/\s+/u).length;
const long = Array.from({ length: Math.ceil(10_000 / words) }, () => article).join("\n");
suggest("Warm up with Jeff Bezos in Washington.", "2025-07-20");
const lines = [
  `suggestions, article (${words} words): ${time(5, () => suggest(article, "2025-07-20")).toFixed(0)} ms (median of 5; target 500)`,
  `suggestions, ${long.split(/\s+/u).length} words: ${time(3, () => suggest(long, "2025-07-20")).toFixed(0)} ms (median of 3; target 3000)`,
];

const loaded = loadGraph(JSON.stringify(generateGraph({ nodes: 400, edges: 600, seed: 1 })));
if (!loaded.ok) throw new Error("the generated graph did not load");
const doc = draftFromGraph(loaded.graph);
const canvas = new DraftCanvasController(cytoscape({ headless: true }));
canvas.sync(doc);
let history = startHistory(doc);
let n = 0;
const edit = time(21, () => {
  const node = doc.nodes[n++ % doc.nodes.length];
  if (!node) return;
  history = commit(history, { type: "updateNode", id: node.id, patch: { label: `Renamed ${n}` } });
  canvas.sync(history.present);
});
lines.push(
  `edit on a ${doc.nodes.length + doc.edges.length}-element draft, commit + canvas update (no paint): ${edit.toFixed(1)} ms (median of 21)`,
);

const app = initialBundle("dist");
const baseAt = process.argv.indexOf("--base");
const base = baseAt > 0 ? process.argv[baseAt + 1] : undefined;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
if (base) {
  const before = initialBundle(join(base));
  lines.push(
    `explorer initial JS: ${kb(app.gzipBytes)} gzip vs ${kb(before.gzipBytes)} at --base: +${kb(app.gzipBytes - before.gzipBytes)} (target ≤ +5 KB)`,
  );
} else {
  lines.push(`explorer initial JS: ${kb(app.gzipBytes)} gzip (pass --base <dir> to compare)`);
}
console.log(lines.join("\n"));

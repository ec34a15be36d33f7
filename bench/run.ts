// npm run bench [-- --sizes 1000,5000,20000 --families communities,hubs --steps 50 --searches 20 --load-timeout 300 --quick]
// Builds the app and the reference pages, serves them on loopback and measures them in Chromium.
// See "Performance" in README.md for what is measured and how.
import { buildWithoutEditor, measureEditor } from "./editor";
import { measureGexfImport } from "./runner/importRow";
import { measureProblems } from "./runner/problemsRow";
import { LIMIT_TIMEOUT_MS, measureLimit } from "./runner/limitRow";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { describeMachine } from "./runner/machine";
import { parseOptions } from "./runner/options";
import type { BenchOptions } from "./runner/options";
import { CHROMIUM_ARGS, firstFrame, runPage } from "./runner/pages";
import type { PageOptions } from "./runner/pages";
import { buildPages, initialBundle, writeGraphs } from "./runner/prepare";
import type { GraphFile } from "./runner/prepare";
import { appReady, REFERENCE_READY } from "./runner/probe";
import { toMarkdown } from "./runner/report";
import { currentRevision } from "./runner/revision";
import type { BenchResult, PageName, PageOutcome, SizeResult } from "./runner/results";
import { serveStatic } from "./runner/server";

const TMP = fileURLToPath(new URL("./tmp/", import.meta.url));
const APP_DIR = `${TMP}app`;
const APP_WITHOUT_EDITOR_DIR = `${TMP}app-without-editor`;
const ARTICLE_RUNS = 3;

// Shown, not laid out: positions() lists the nodes hidden at this step too.
const APP_SHOWN = "window.__entente.shownNodes()";
const REFERENCE_SHOWN = "window.__bench.shown().nodes";

async function webglRenderer(browser: Browser): Promise<string | null> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl2");
      const info = gl?.getExtension("WEBGL_debug_renderer_info");
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
    });
  } finally {
    await page.close();
  }
}

async function attempt(name: string, run: () => Promise<PageOutcome>): Promise<PageOutcome> {
  const started = performance.now();
  try {
    const outcome = await run();
    console.log(`  ${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`  ${name}: FAILED ${message}`);
    return { error: message };
  }
}

/** The app first (its layout gives the references their positions), then the references. */
async function measureSize(
  browser: Browser,
  origin: string,
  graph: GraphFile,
  options: BenchOptions,
): Promise<SizeResult> {
  console.log(
    `${graph.family}: ${graph.elements} elements (${graph.nodes} nodes, ${graph.edges} edges)`,
  );
  const common = { loadTimeoutMs: options.loadTimeoutMs, presses: options.presses };
  const positionsFile = `positions-${graph.name}`;
  // The app's layout is deterministic, so positions an earlier run saved are the same picture:
  // the references can still be measured when the app times out this time.
  let positionsFrom: SizeResult["positionsFrom"] = existsSync(`${TMP}${positionsFile}`)
    ? "an earlier run"
    : null;
  const pages: SizeResult["pages"] = {};
  pages.app = await attempt("app", () =>
    runPage(browser, {
      ...common,
      url: `${origin}/app/index.html?graph=../${graph.name}`,
      ready: appReady(graph.nodes),
      searches: options.searches,
      shownNodes: APP_SHOWN,
      afterLoad: async (page) => {
        const positions = await page.evaluate(() => window.__entente?.positions());
        writeFileSync(`${TMP}${positionsFile}`, JSON.stringify(positions));
        positionsFrom = "this run";
      },
    }),
  );
  const reference = (page: string, query = ""): PageOptions => ({
    ...common,
    url: `${origin}/reference/${page}.html?graph=../${graph.name}&positions=../${positionsFile}${query}`,
    ready: REFERENCE_READY,
    searches: 0,
    shownNodes: REFERENCE_SHOWN,
  });
  const references: [PageName, PageOptions][] = [
    ["bare", reference("bare")],
    ["naive", reference("naive")],
    ["bare-webgl", reference("bare", "&webgl=1")],
  ];
  for (const [name, page] of references.filter(([name]) => options.references.includes(name))) {
    pages[name] = positionsFrom
      ? await attempt(name, () => runPage(browser, page))
      : { error: "the app did not lay the graph out, so there are no positions to draw it at" };
  }
  const { family, elements, nodes, edges } = graph;
  return { family, elements, nodes, edges, positionsFrom, pages };
}

/** The issue's size: opening a 20,000-element GEXF, parse ≤ 3 s and peak memory ≤ 5× the file. */
const GEXF_IMPORT_ELEMENTS = 20_000;

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseOptions(process.argv.slice(2));
  // Taken before the build: the working tree may change while the run goes on.
  const revision = currentRevision();
  buildPages(APP_DIR);
  await buildWithoutEditor(APP_WITHOUT_EDITOR_DIR);
  const graphs = options.families.flatMap((family) =>
    writeGraphs(TMP, options.sizes, options.seed, family),
  );
  const server = await serveStatic(TMP);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const article = [];
    for (let i = 0; i < ARTICLE_RUNS; i++) {
      article.push(await firstFrame(browser, `${server.origin}/app/index.html`, appReady(null)));
    }
    const sizes = [];
    for (const graph of graphs)
      sizes.push(await measureSize(browser, server.origin, graph, options));
    const { presses, searches, seed, families } = options;
    const loadTimeoutS = options.loadTimeoutMs / 1000;
    const result: BenchResult = {
      date: new Date().toISOString(),
      options: { sizes: options.sizes, families, presses, searches, seed, loadTimeoutS },
      machine: describeMachine(browser.version()),
      revision,
      webglRenderer: await webglRenderer(browser),
      bundle: initialBundle(APP_DIR),
      article,
      sizes,
      gexfImport: measureGexfImport(TMP, GEXF_IMPORT_ELEMENTS),
      problems: await measureProblems(browser, `${server.origin}/app/index.html`, TMP).catch(
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      ),
      ...(options.quick
        ? {}
        : {
            limit: await measureLimit(
              browser,
              `${server.origin}/app/index.html`,
              TMP,
              seed,
              LIMIT_TIMEOUT_MS,
            ).catch((error: unknown) => ({
              error: error instanceof Error ? error.message : String(error),
            })),
          }),
      editor: await measureEditor(
        browser,
        `${server.origin}/app/index.html`,
        TMP,
        APP_WITHOUT_EDITOR_DIR,
      ),
      durationS: (performance.now() - started) / 1000,
    };
    save(result, options.quick);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Full runs go to bench/results/ (committed); --quick runs to bench/tmp/results/. */
function save(result: BenchResult, quick: boolean): void {
  const dir = fileURLToPath(new URL(quick ? "./tmp/results/" : "./results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const families = (result.options.families ?? ["communities"]).join("-");
  const sizes = `${families}-${result.options.sizes.map((n) => `${n / 1000}k`).join("-")}`;
  const json = `${dir}${result.date.slice(0, 10)}-${sizes}.json`;
  writeFileSync(json, JSON.stringify(result, null, 2) + "\n");
  const markdown = toMarkdown(result);
  writeFileSync(`${dir}latest.md`, markdown);
  console.log(`\n${markdown}\nWritten: ${json}, ${dir}latest.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});

// npm run validate [--strict] [file...]
// With no files: data/graph.json and every data/examples/*.json, strictly (they are ours, so an
// unverified quote or an unknown field is a bug), plus the article copy check. Named files are
// checked leniently, as the app would load them, unless --strict is given.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatProblem, loadGraph } from "../src/domain/load/load";

const root = fileURLToPath(new URL("..", import.meta.url));
const MAIN_GRAPH = join(root, "data", "graph.json");
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export interface Report {
  lines: string[];
  errors: number;
}

function readTextBeside(graphFile: string) {
  return (path: string): string | undefined => {
    try {
      return readFileSync(resolve(dirname(graphFile), path), "utf8");
    } catch {
      return undefined;
    }
  };
}

/** Loads one graph file the way the app would, and describes the outcome. */
export function validateFile(file: string, strict: boolean): Report {
  const name = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { lines: [`${name}: error: cannot read the file (${reason})`], errors: 1 };
  }
  const result = loadGraph(text, { strict, readTextFile: readTextBeside(file) });
  const lines = result.problems.map((p) => `${name}: ${formatProblem(p)}`);
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const counts = `${plural(errors, "error")}, ${plural(result.problems.length - errors, "warning")}`;
  if (!result.ok) {
    lines.push(`${name}: not loaded; ${counts}`);
  } else {
    const { nodes, edges } = result.graph;
    const evidence = [...nodes, ...edges].flatMap((item) => item.evidence);
    const anchored = evidence.filter((e) => e.anchor !== null).length;
    const missing = evidence.length - anchored;
    const quotes = `${plural(anchored, "quote")} anchored${missing ? `, ${missing} unverified` : ""}`;
    lines.push(
      `${name}: ${plural(nodes.length, "node")}, ${plural(edges.length, "edge")}, ${quotes}, ${counts}`,
    );
  }
  return { lines, errors };
}

/** data/article.txt must be an exact copy of the shared source, when the shared source is present. */
export function checkArticleCopy(): Report {
  const shared = resolve(root, "..", "shared", "source", "article.txt");
  if (!existsSync(shared)) return { lines: [], errors: 0 };
  const copy = join(root, "data", "article.txt");
  const same = existsSync(copy) && readFileSync(copy).equals(readFileSync(shared));
  return same
    ? { lines: ["data/article.txt: identical to ../shared/source/article.txt"], errors: 0 }
    : { lines: ["data/article.txt: error: differs from ../shared/source/article.txt"], errors: 1 };
}

function defaultRun(): Report[] {
  const examples = join(root, "data", "examples");
  const exampleFiles = existsSync(examples)
    ? readdirSync(examples)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(examples, f))
    : [];
  return [MAIN_GRAPH, ...exampleFiles].map((f) => validateFile(f, true)).concat(checkArticleCopy());
}

export function run(args: readonly string[]): Report[] {
  const strictFlag = args.includes("--strict");
  const files = args.filter((a) => a !== "--strict").map((f) => resolve(f));
  if (files.length === 0) return defaultRun();
  return files.map((f) => validateFile(f, strictFlag || f === MAIN_GRAPH));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const reports = run(process.argv.slice(2));
  for (const line of reports.flatMap((r) => r.lines)) console.log(line);
  process.exitCode = reports.some((r) => r.errors > 0) ? 1 : 0;
}

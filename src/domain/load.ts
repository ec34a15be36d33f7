import type { z } from "zod";
import { createAnchorer } from "./anchor";
import { checkDocument } from "./checks";
import { checkEnvelope } from "./envelope";
import { issuesToProblems } from "./issues";
import { parseJson } from "./json";
import { derivePeriods } from "./periods";
import { describeValue, error, hasErrors, problem } from "./problems";
import { field, isObject } from "./raw";
import { graphDocumentSchema, type GraphDocument } from "./schema";
import type { Evidence, Graph, GraphEdge, GraphNode, LoadResult, Problem } from "./types";

export { formatProblem } from "./problems";
export type { GraphDocument } from "./schema";

export interface LoadOptions {
  /** Unverified quotes and unknown fields become errors: for files we publish ourselves. */
  strict?: boolean;
}

export type ParseResult =
  { ok: true; doc: GraphDocument; problems: Problem[] } | { ok: false; problems: Problem[] };

/** The promise that no input makes the loader throw is kept here, whatever a bug inside does. */
function guarded<T>(run: () => T, failed: (p: Problem) => T): T {
  try {
    return run();
  } catch (e) {
    const message = `the file could not be read: ${e instanceof Error ? e.message : String(e)}`;
    return failed(error([], message, "please report this file to the developers"));
  }
}

/** Unknown fields are only warnings in a lenient load; drop them so the schema accepts the rest. */
function dropUnknownFields(raw: unknown, issues: readonly z.core.$ZodIssue[]): void {
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    let owner: unknown = raw;
    for (const key of issue.path) {
      owner = Array.isArray(owner) ? owner[Number(key)] : field(owner, String(key));
    }
    if (isObject(owner)) for (const key of issue.keys) delete owner[key];
  }
}

/** Text → checked file shape: everything that can be judged without the source text. */
export function parseGraphText(text: string, options: LoadOptions = {}): ParseResult {
  return guarded<ParseResult>(
    () => {
      const json = parseJson(text);
      if (!json.ok) return { ok: false, problems: [json.problem] };
      const envelope = checkEnvelope(json.value);
      if (envelope.length > 0) return { ok: false, problems: envelope };
      const strict = options.strict ?? false;
      const first = graphDocumentSchema.safeParse(json.value, { reportInput: true });
      const problems = first.success ? [] : issuesToProblems(first.error.issues, strict);
      problems.push(...checkDocument(json.value));
      if (hasErrors(problems)) return { ok: false, problems };
      if (first.success) return { ok: true, doc: first.data, problems };
      dropUnknownFields(json.value, first.error.issues);
      const second = graphDocumentSchema.safeParse(json.value, { reportInput: true });
      if (second.success) return { ok: true, doc: second.data, problems };
      return { ok: false, problems: [...problems, ...issuesToProblems(second.error.issues, true)] };
    },
    (p) => ({ ok: false, problems: [p] }),
  );
}

function anchorAll(
  items: readonly { evidence: GraphDocument["nodes"][number]["evidence"] }[],
  key: "nodes" | "edges",
  find: ReturnType<typeof createAnchorer>,
  strict: boolean,
  problems: Problem[],
): Evidence[][] {
  return items.map((item, i) =>
    item.evidence.map((evidence, j) => {
      const { anchor, occurrences } = find(evidence.quote);
      const path = [key, i, "evidence", j, "quote"];
      if (anchor === null) {
        const message = `quote not found in the source text (unverified): ${describeValue(evidence.quote)}`;
        const fix =
          "copy the passage exactly from the source; quote marks, dashes and spacing may differ, nothing else";
        problems.push(problem(strict ? "error" : "warning", path, message, fix));
      } else if (occurrences > 1) {
        const message = `quote occurs ${occurrences} times; anchored to the first`;
        problems.push(problem("warning", path, message, "lengthen it to make it unique"));
      }
      return { ...evidence, anchor };
    }),
  );
}

/** Checked file + its source text → the in-memory graph, every quote anchored in the text. */
export function buildGraph(
  doc: GraphDocument,
  sourceText: string,
  options: LoadOptions = {},
): LoadResult {
  return guarded<LoadResult>(
    () => {
      const strict = options.strict ?? false;
      const problems: Problem[] = [];
      const quotes = [...doc.nodes, ...doc.edges].flatMap((x) => x.evidence.map((e) => e.quote));
      const find = createAnchorer(sourceText, quotes);
      const nodeEvidence = anchorAll(doc.nodes, "nodes", find, strict, problems);
      const edgeEvidence = anchorAll(doc.edges, "edges", find, strict, problems);
      const nodes: GraphNode[] = doc.nodes.map((n, i) => ({
        ...n,
        approximate: n.approximate ?? false,
        evidence: nodeEvidence[i] ?? [],
      }));
      const edges: GraphEdge[] = doc.edges.map((e, i) => ({
        ...e,
        approximate: e.approximate ?? false,
        evidence: edgeEvidence[i] ?? [],
      }));
      if (hasErrors(problems)) return { ok: false, problems };
      const dates = nodes.flatMap((n) => (n.date === undefined ? [] : [n.date]));
      const graph: Graph = {
        title: doc.title,
        source: { ...doc.source, text: sourceText },
        periods: doc.periods ?? derivePeriods(dates),
        periodsDerived: doc.periods === undefined,
        nodes,
        edges,
        nodeById: new Map(nodes.map((n) => [n.id, n])),
        edgeById: new Map(edges.map((e) => [e.id, e])),
        ...(doc.story === undefined ? {} : { story: doc.story }),
      };
      return { ok: true, graph, problems };
    },
    (p) => ({ ok: false, problems: [p] }),
  );
}

export interface LoadGraphOptions extends LoadOptions {
  /** Returns the text of `source.textFile` (a path relative to the graph file), or undefined. */
  readTextFile?: (path: string) => string | undefined;
}

/** Text → graph in one synchronous step. Never throws; `ok: false` means at least one error. */
export function loadGraph(text: string, options: LoadGraphOptions = {}): LoadResult {
  // Parse leniently so that unknown fields do not hide the quote check; strict mode then counts
  // them (the only warnings parsing gives) as errors.
  const parsed = parseGraphText(text);
  if (!parsed.ok) return parsed;
  const parseProblems = options.strict
    ? parsed.problems.map((p) => ({ ...p, severity: "error" as const }))
    : parsed.problems;
  const { textFile } = parsed.doc.source;
  const sourceText =
    parsed.doc.source.text ??
    guarded(
      () => (textFile === undefined ? undefined : options.readTextFile?.(textFile)),
      () => undefined,
    );
  if (sourceText === undefined) {
    const message = `could not read the source text file ${describeValue(textFile ?? "")}`;
    const fix = 'put the article inline as "source.text" instead of "textFile"';
    return { ok: false, problems: [...parseProblems, error(["source", "textFile"], message, fix)] };
  }
  const built = buildGraph(parsed.doc, sourceText, options);
  const problems = [...parseProblems, ...built.problems];
  return built.ok && !hasErrors(problems) ? { ...built, problems } : { ok: false, problems };
}

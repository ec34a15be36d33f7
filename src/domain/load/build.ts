// Building the in-memory graph from a checked document. Kept apart from the schema so that code
// which only builds (the bundled article graph, checked at build time) does not load zod.
import { createAnchorer } from "./anchor";
import { derivePeriods } from "../model/periods";
import { describeValue, error, hasErrors, problem } from "./problems";
import type { GraphDocument } from "./schema";
import type { Evidence, Graph, GraphEdge, GraphNode, LoadResult, Problem } from "../model/types";

export interface LoadOptions {
  /** Unverified quotes and unknown fields become errors: for files we publish ourselves. */
  strict?: boolean;
  /**
   * The document is not used again (an importer's, just built): its nodes and edges become the
   * graph's instead of being copied, which halves what a big import holds at its peak.
   */
  adopt?: boolean;
}

/** The promise that no input makes the loader throw is kept here, whatever a bug inside does. */
export function guarded<T>(run: () => T, failed: (p: Problem) => T): T {
  try {
    return run();
  } catch (e) {
    const message = `the file could not be read: ${e instanceof Error ? e.message : String(e)}`;
    return failed(error([], message, "please report this file to the developers"));
  }
}

/** Strict validation lists what an imported graph still lacks: a quote for each element. */
function unsourced(doc: GraphDocument, problems: Problem[]): void {
  for (const key of ["nodes", "edges"] as const) {
    doc[key].forEach((item, i) => {
      if (item.evidence.length > 0) return;
      const fix = 'add a quote from the source text ("Edit this graph")';
      problems.push(error([key, i, "evidence"], "no source yet", fix));
    });
  }
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

/**
 * The element with its anchored evidence. Copied then assigned, not `{ ...item, approximate,
 * evidence }`: V8 gives such a literal a fresh property store, 2–3 times the object's size
 * (a 20k-element import's graph took 8 MB instead of 3).
 */
function withEvidence<T extends { approximate?: boolean | undefined }>(
  item: T,
  evidence: Evidence[],
  adopt: boolean,
): T & { approximate: boolean; evidence: Evidence[] } {
  const out = (adopt ? item : { ...item }) as T & { approximate: boolean; evidence: Evidence[] };
  out.approximate = item.approximate ?? false;
  out.evidence = evidence;
  return out;
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
      const adopt = options.adopt ?? false;
      const problems: Problem[] = [];
      const quotes = [...doc.nodes, ...doc.edges].flatMap((x) => x.evidence.map((e) => e.quote));
      const find = createAnchorer(sourceText, quotes);
      const nodeEvidence = anchorAll(doc.nodes, "nodes", find, strict, problems);
      const edgeEvidence = anchorAll(doc.edges, "edges", find, strict, problems);
      if (strict) unsourced(doc, problems);
      const nodes: GraphNode[] = doc.nodes.map((n, i) =>
        withEvidence(n, nodeEvidence[i] ?? [], adopt),
      );
      const edges: GraphEdge[] = doc.edges.map((e, i) =>
        withEvidence(e, edgeEvidence[i] ?? [], adopt),
      );
      if (hasErrors(problems)) return { ok: false, problems };
      const dates = nodes.flatMap((n) => (n.date === undefined ? [] : [n.date]));
      const graph: Graph = {
        title: doc.title,
        ...(doc.imported === undefined ? {} : { imported: doc.imported }),
        ...(doc.$schema === undefined ? {} : { schemaUrl: doc.$schema }),
        source: { ...doc.source, text: sourceText },
        periods: doc.periods ?? derivePeriods(dates),
        periodsDerived: doc.periods === undefined,
        nodes,
        edges,
        nodeById: new Map(nodes.map((n) => [n.id, n])),
        edgeById: new Map(edges.map((e) => [e.id, e])),
        ...(doc.story === undefined ? {} : { story: doc.story }),
        ...(doc.openingStep === undefined ? {} : { openingStep: doc.openingStep }),
      };
      return { ok: true, graph, problems };
    },
    (p) => ({ ok: false, problems: [p] }),
  );
}

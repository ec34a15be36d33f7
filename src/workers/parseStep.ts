import { buildGraph, parseGraphText } from "../domain/load/load";
import type { LoadResult, Problem } from "../domain/model/types";

/** What to parse: the graph file's text and, on a second round, the text its textFile names. */
export interface ParseRequest {
  text: string;
  sourceText?: string;
}

/**
 * A finished load (ok or not), or the file's `source.textFile` when its text must be fetched first:
 * only the caller knows whether that is possible (by URL) or not (a file from the computer).
 */
export type ParseOutcome =
  | { kind: "done"; result: LoadResult }
  | { kind: "needs-text"; textFile: string; problems: Problem[] };

/**
 * parseGraphText + buildGraph, as loadGraph does them but with the source text supplied from
 * outside. Shared by the main thread (small files) and the parse worker (big ones).
 */
export function parseStep({ text, sourceText }: ParseRequest): ParseOutcome {
  const parsed = parseGraphText(text);
  if (!parsed.ok) return { kind: "done", result: parsed };
  const { source } = parsed.doc;
  const inline = source.text ?? sourceText;
  if (inline === undefined) {
    // The schema's own check reports a source with neither text nor textFile.
    return { kind: "needs-text", textFile: source.textFile ?? "", problems: parsed.problems };
  }
  const built = buildGraph(parsed.doc, inline);
  const problems = [...parsed.problems, ...built.problems];
  return { kind: "done", result: built.ok ? { ...built, problems } : { ok: false, problems } };
}

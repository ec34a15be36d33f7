import { resolveTextFile } from "../../domain/open";
import { describeValue, error } from "../../domain/load/problems";
import type { Graph, Problem } from "../../domain/model/types";
import type { ParseOutcome } from "../../workers/parseStep";
import { fetchText } from "./fetchText";
import { parseGraph } from "./parse";
import { readPickedFile } from "./readPicked";

/** A graph ready to show, labelled with where it came from; or every reason it is not. */
export type LoadOutcome =
  | { ok: true; graph: Graph; problems: Problem[]; origin: string }
  | { ok: false; problems: Problem[] };

export const failed = (problems: Problem[]): LoadOutcome => ({ ok: false, problems });

function finish(outcome: ParseOutcome & { kind: "done" }, origin: string): LoadOutcome {
  const { result } = outcome;
  return result.ok ? { ...result, origin } : failed(result.problems);
}

/** The one thing a file from the computer cannot do: name a second file to read beside it. */
export function inlineTextNeeded(textFile: string): Problem {
  return error(
    ["source", "textFile"],
    "This file points to its article with source.textFile; a file opened from your computer must include the article inline as source.text — or open it by URL.",
    `Paste the text of ${describeValue(textFile)} into the file as "source.text" and remove "textFile".`,
  );
}

/** A file the reader picked or dropped (already checked by checkPickedFiles). */
export async function loadPickedFile(file: File, signal: AbortSignal): Promise<LoadOutcome> {
  const read = await readPickedFile(file);
  if (!read.ok) return failed([read.problem]);
  const outcome = await parseGraph({ text: read.text }, signal);
  if (outcome.kind === "needs-text") {
    return failed([...outcome.problems, inlineTextNeeded(outcome.textFile)]);
  }
  return finish(outcome, `file ${file.name}`);
}

/** "harbour.json" from …/graphs/harbour.json?v=2: what the reader recognises in a status line. */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).pop() ?? url.host;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * A graph file by URL (already resolved against the allowed origins), and its source text when it
 * keeps that in a separate file on the same site.
 */
export async function loadGraphUrl(
  url: URL,
  external: boolean,
  signal: AbortSignal,
): Promise<LoadOutcome> {
  const origin = external ? url.host : fileNameOf(url);
  const fetched = await fetchText(url, "graph", signal);
  if (!fetched.ok) return failed([fetched.problem]);
  const first = await parseGraph({ text: fetched.text }, signal);
  if (first.kind === "done") return finish(first, origin);

  const textUrl = resolveTextFile(first.textFile, url);
  if (!textUrl.ok) return failed([...first.problems, textUrl.problem]);
  const source = await fetchText(textUrl.url, "text", signal);
  if (!source.ok)
    return failed([...first.problems, { ...source.problem, path: "source.textFile" }]);
  const second = await parseGraph({ text: fetched.text, sourceText: source.text }, signal);
  // Cannot ask again: the source text was supplied.
  return second.kind === "done" ? finish(second, origin) : failed(second.problems);
}

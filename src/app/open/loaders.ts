import { resolveTextFile } from "../../domain/open";
import { describeValue, error } from "../../domain/load/problems";
import type { ImportReport, Mapping, Table } from "../../domain/formats/import";
import type { Graph, Problem } from "../../domain/model/types";
import type { ProblemDigest } from "../../domain/load/report";
import type { ParseOutcome } from "../../workers/parseStep";
import { fetchText } from "./fetchText";
import { parseGraph } from "./parse";
import { readPickedFile } from "./readPicked";

/**
 * A graph ready to show, labelled with where it came from (and, from another tool's file, the
 * import report); or every reason it is not; or spreadsheets whose columns must be mapped first.
 */
export type LoadOutcome =
  | {
      ok: true;
      graph: Graph;
      problems: Problem[];
      origin: string;
      report?: ImportReport;
      /** When `problems` are only the first of many (report.ts). */
      digest?: ProblemDigest;
    }
  | { ok: false; problems: Problem[]; report?: ImportReport; digest?: ProblemDigest }
  | { ok: false; problems: []; tables: Table[] };

export const failed = (
  problems: Problem[],
  report?: ImportReport,
  digest?: ProblemDigest,
): LoadOutcome => ({
  ok: false,
  problems,
  ...(report ? { report } : {}),
  ...(digest ? { digest } : {}),
});

function finish(outcome: ParseOutcome, origin: string): LoadOutcome {
  if (outcome.kind === "needs-mapping") return { ok: false, problems: [], tables: outcome.tables };
  if (outcome.kind === "needs-text") return failed(outcome.problems);
  const { result, report, digest } = outcome;
  if (!result.ok) return failed(result.problems, report, digest);
  return { ...result, origin, ...(report ? { report } : {}), ...(digest ? { digest } : {}) };
}

/** The one thing a file from the computer cannot do: name a second file to read beside it. */
export function inlineTextNeeded(textFile: string): Problem {
  return error(
    ["source", "textFile"],
    "This file points to its article with source.textFile; a file opened from your computer must include the article inline as source.text — or open it by URL.",
    `Paste the text of ${describeValue(textFile)} into the file as "source.text" and remove "textFile".`,
  );
}

/**
 * A file the reader picked or dropped (already checked by checkPickedFiles), with any sheets
 * picked together with it and, after the mapping step, what their columns are.
 */
export async function loadPickedFile(
  file: File,
  signal: AbortSignal,
  more: readonly File[] = [],
  mappings?: Mapping[],
): Promise<LoadOutcome> {
  const read = await readPickedFile(file);
  if (!read.ok) return failed([read.problem]);
  const sheets = [];
  for (const other of more) {
    const sheet = await readPickedFile(other);
    if (!sheet.ok) return failed([sheet.problem]);
    sheets.push({ name: other.name, text: sheet.text });
  }
  const outcome = await parseGraph(
    {
      text: read.text,
      fileName: file.name,
      ...(sheets.length ? { more: sheets } : {}),
      ...(mappings ? { mappings } : {}),
    },
    signal,
  );
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
 * keeps that in a separate file on the same site; after the mapping step, with what its columns
 * or attributes are.
 */
export async function loadGraphUrl(
  url: URL,
  external: boolean,
  signal: AbortSignal,
  mappings?: Mapping[],
): Promise<LoadOutcome> {
  const origin = external ? url.host : fileNameOf(url);
  const fetched = await fetchText(url, "graph", signal);
  if (!fetched.ok) return failed([fetched.problem]);
  const fileName = fileNameOf(url);
  const first = await parseGraph(
    { text: fetched.text, fileName, ...(mappings ? { mappings } : {}) },
    signal,
  );
  if (first.kind !== "needs-text") return finish(first, origin);

  const textUrl = resolveTextFile(first.textFile, url);
  if (!textUrl.ok) return failed([...first.problems, textUrl.problem]);
  const source = await fetchText(textUrl.url, "text", signal);
  if (!source.ok)
    return failed([...first.problems, { ...source.problem, path: "source.textFile" }]);
  const second = await parseGraph(
    { text: fetched.text, fileName, sourceText: source.text },
    signal,
  );
  // Cannot ask again: the source text was supplied.
  return finish(second, origin);
}

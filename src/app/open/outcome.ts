import type { ImportReport, Table } from "../../domain/formats/import";
import type { Graph, Problem } from "../../domain/model/types";
import type { ProblemDigest } from "../../domain/load/report";

// What a load ends in, kept apart from the loaders (fetching, parsing) so the app's first download
// needs only this: the loaders are fetched when something is opened.

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

/** "harbour.json" from …/graphs/harbour.json?v=2: what the reader recognises in a status line. */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).pop() ?? url.host;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

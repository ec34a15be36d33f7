import { routeFile, type FileInput, type ImportReport, type Table } from "../domain/formats/import";
import {
  buildGraph,
  checkBuiltDocument,
  checkGraphValue,
  parseGraphText,
} from "../domain/load/load";
import { error } from "../domain/load/problems";
import { digestNotes, digestProblems } from "../domain/load/report";
import type { ProblemDigest } from "../domain/load/report";
import type { LoadResult, Problem } from "../domain/model/types";

/**
 * What to parse: the graph file's text (with its name, which tells a CSV from a SIF file, and any
 * sheets picked with it) and, on a second round, the text its textFile names.
 */
export interface ParseRequest extends FileInput {
  sourceText?: string;
}

/**
 * A finished load (ok or not; `report` when another tool's file was imported), the file's
 * `source.textFile` when its text must be fetched first (only the caller knows whether that is
 * possible: by URL, or not for a file from the computer), or spreadsheets whose columns the
 * reader must map before they can be imported.
 */
export type ParseOutcome =
  | { kind: "done"; result: LoadResult; report?: ImportReport; digest?: ProblemDigest }
  | { kind: "needs-text"; textFile: string; problems: Problem[] }
  | { kind: "needs-mapping"; tables: Table[] };

const TABLE_PREVIEW_ROWS = 5;

function fromImport(report: ImportReport, built?: LoadResult): ParseOutcome {
  const fatal = report.notes.find((n) => n.severity === "fatal");
  if (fatal || !built) {
    const why = (fatal?.message ?? "it could not be read").replace(/\.$/, "");
    const message = `This is a ${report.format}, but ${why}.`;
    const result: LoadResult = {
      ok: false,
      problems: [error([], message, "check the file in the tool that wrote it")],
    };
    return { kind: "done", result, report };
  }
  return { kind: "done", result: built, report };
}

/**
 * Another tool's file through its importer, or parseGraphText + buildGraph as loadGraph does them
 * but with the source text supplied from outside. Shared by the main thread (small files) and the
 * parse worker (big ones).
 */
export function parseStep(request: ParseRequest): ParseOutcome {
  const routed = routeFile(request);
  if (routed.kind === "unknown") {
    const fix = "open the file in the tool that made it and export GEXF, GraphML or CSV";
    return { kind: "done", result: { ok: false, problems: [error([], routed.message, fix)] } };
  }
  if (routed.kind === "mapping") {
    const tables = routed.tables.map((t) => ({ ...t, rows: t.rows.slice(0, TABLE_PREVIEW_ROWS) }));
    return { kind: "needs-mapping", tables };
  }
  if (routed.kind === "imported") {
    const { outcome } = routed;
    if (!outcome.ok) return fromImport(outcome.report);
    // The loader's checks make sure of what an importer built; Entente's own files get the schema too.
    const checked =
      outcome.checked === "builder"
        ? checkBuiltDocument(outcome.doc)
        : checkGraphValue(outcome.doc);
    // Nothing else holds an importer's document: the graph takes its elements over.
    const adopt = outcome.checked === "builder";
    const built = checked.ok
      ? buildGraph(checked.doc, checked.doc.source.text ?? "", { adopt })
      : checked;
    // Entente's own GEXF or GraphML re-opens as its own graph, with no import report.
    if (outcome.doc.imported === undefined) return { kind: "done", result: built };
    return fromImport(outcome.report, built);
  }
  const { text, sourceText } = request;
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

/**
 * The outcome as the worker posts it: a long problem list goes as its first problems and a digest
 * (report.ts), so the main thread never spends seconds taking in objects it will not show.
 */
export function handOver(outcome: ParseOutcome): ParseOutcome {
  if (outcome.kind !== "done") return outcome;
  const report = outcome.report && handOverNotes(outcome.report);
  const { problems, digest } = digestProblems(outcome.result.problems);
  const reported = report ? { ...outcome, report } : outcome;
  if (digest === undefined) return reported;
  return { ...reported, result: { ...outcome.result, problems }, digest };
}

function handOverNotes(report: ImportReport): ImportReport {
  const { first, digest } = digestNotes(report.notes);
  return digest ? { ...report, notes: first, notesDigest: digest } : report;
}

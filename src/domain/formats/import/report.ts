import type { GraphDocument } from "../json";
import type { Table } from "./columns";
import type { ProblemDigest } from "../../load/report";

/** Gephi's import report levels: only a fatal problem stops an import. */
export type ReportSeverity = "fatal" | "warning" | "info";

export interface ReportLine {
  severity: ReportSeverity;
  message: string;
}

/** What was read, what it became in Entente, and what was left behind and why. */
export interface ImportReport {
  /** What the file is, e.g. "GEXF 1.3 file (Gephi)". */
  format: string;
  read: string[];
  mapped: { from: string; to: string }[];
  notes: ReportLine[];
  /**
   * When `notes` are only the first of many (a spreadsheet with 100,000 malformed rows): all of
   * them counted by kind and as text, made in the parse worker (`digestNotes`).
   */
  notesDigest?: ProblemDigest;
  /**
   * The file's node and edge attributes with their first values, when some name says nothing
   * Entente knows: the mapping step can then say what they are.
   */
  attributes?: Table[];
}

export type ImportOutcome =
  | {
      ok: true;
      doc: GraphDocument;
      report: ImportReport;
      /**
       * "builder" when ImportBuilder made the document, which keeps to the schema by
       * construction (builder.test.ts proves it on hostile input): the loader's own checks run,
       * the schema's second pass over every field is spared. Absent for Entente's own files.
       */
      checked?: "builder";
    }
  | { ok: false; report: ImportReport };

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

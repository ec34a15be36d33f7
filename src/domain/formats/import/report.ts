import type { GraphDocument } from "../json";

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
}

export type ImportOutcome =
  { ok: true; doc: GraphDocument; report: ImportReport } | { ok: false; report: ImportReport };

export const fatal = (format: string, message: string): ImportOutcome => ({
  ok: false,
  report: { format, read: [], mapped: [], notes: [{ severity: "fatal", message }] },
});

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

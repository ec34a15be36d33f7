import type { ImportReport, Table } from "../../domain/formats/import";
import type { ProblemDigest } from "../../domain/load/report";
import type { Problem } from "../../domain/model/types";

/**
 * What the last load left to tell: why it failed, the warnings it loaded with, or, for another
 * tool's file, its import report (`imported`), whichever way it went.
 */
export interface LoadReport {
  kind: "failure" | "warnings" | "imported";
  /** The file name or address the reader asked for; "" when unknown. */
  name: string;
  problems: Problem[];
  imported?: ImportReport;
  /** When `problems` are only the first of many: all of them counted and as text. */
  digest?: ProblemDigest;
  /** The file can be read again with the mapping step's choice for its attributes. */
  remappable?: boolean;
}

/** Spreadsheets waiting for the reader to say what their columns are. */
export interface PendingMapping {
  name: string;
  tables: Table[];
  /** GEXF or GraphML attributes (nodes, then edges) rather than a spreadsheet's columns. */
  attributes?: boolean;
}

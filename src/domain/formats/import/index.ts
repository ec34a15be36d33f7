import { importTables, needsMapping, readTable, type Mapping, type Sheet, type Table } from "./csv";
import { detectXml, jsonShape } from "./detect";
import { OPENS } from "./names";
import { importGexf } from "./gexf";
import { importGraphml } from "./graphml";
import { importCytoscape, importGraphology, importJgf, importNetworkx } from "./jsonShapes";
import type { ImportOutcome } from "./report";
import { importSif } from "./sif";

export { COLUMN_ROLES, guessMapping } from "./columns";
export { readTable } from "./csv";
export type { ColumnRole, Mapping, Sheet, Table } from "./csv";
export { EXTENSIONS, OPENS } from "./names";
export type { ImportOutcome, ImportReport, ReportLine, ReportSeverity } from "./report";

/** What to open: one file, or several sheets picked together (Kumu's elements + connections). */
export interface FileInput {
  text: string;
  fileName?: string;
  /** Further files picked with the first. */
  more?: Sheet[];
  /** From the mapping step, one per sheet in order. */
  mappings?: Mapping[];
}

/** Where a file goes: the v1 loader, an importer, the mapping step, or nowhere (with why). */
export type Routed =
  | { kind: "entente" }
  | { kind: "imported"; outcome: ImportOutcome }
  | { kind: "mapping"; tables: Table[] }
  | { kind: "unknown"; message: string };

const ext = (name = ""): string => /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? "";

const ENTENTE_KEYS = ["format", "version", "source", "periods", "story"];

const fromJson = (value: unknown, file?: string): Routed => {
  const shape = jsonShape(value);
  if (shape === undefined) {
    const keys = typeof value === "object" && value !== null ? Object.keys(value) : [];
    if (Array.isArray(value) || keys.some((k) => ENTENTE_KEYS.includes(k)))
      return { kind: "entente" };
    const has = keys.length === 0 ? "no fields" : `fields ${keys.slice(0, 6).join(", ")}`;
    return {
      kind: "unknown",
      message: `This JSON file (with ${has}) is not a graph shape Entente knows. ${OPENS}.`,
    };
  }
  const read = {
    graphology: importGraphology,
    cytoscape: importCytoscape,
    networkx: importNetworkx,
    jgf: importJgf,
  }[shape.format];
  return { kind: "imported", outcome: read(shape.value, file) };
};

function tables(input: FileInput): Routed {
  const sheets = [{ name: input.fileName ?? "sheet.csv", text: input.text }, ...(input.more ?? [])];
  const read = sheets.map(readTable);
  if (input.mappings === undefined && needsMapping(read)) return { kind: "mapping", tables: read };
  return { kind: "imported", outcome: importTables(read, input.mappings) };
}

function parsedJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Sends a file to the reader its content names (XML root, JSON shape) or, for text formats that
 * cannot be told apart by content, its extension. Entente's own files, and JSON that fails to
 * parse, go to the v1 loader, which reports syntax errors with line and column.
 */
export function routeFile(input: FileInput): Routed {
  const { text, fileName } = input;
  const extension = ext(fileName);
  if (input.more?.length || ["csv", "tsv"].includes(extension)) return tables(input);
  if (extension === "sif") return { kind: "imported", outcome: importSif(text, fileName) };
  const xml = detectXml(text);
  if (xml?.kind === "xml") {
    const read = xml.format === "gexf" ? importGexf : importGraphml;
    return { kind: "imported", outcome: read(text, fileName, input.mappings) };
  }
  if (xml?.kind === "unknown") return xml;
  const start = text.trimStart()[0];
  if (start === "{" || start === "[") {
    const json = parsedJson(text);
    return json.ok ? fromJson(json.value, fileName) : { kind: "entente" };
  }
  return { kind: "entente" };
}

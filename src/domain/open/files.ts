import { describeValue, error } from "../load/problems";
import type { Problem } from "../model/types";
import { OPENS } from "../formats/import/names";
import { formatSize, LIMIT, MAX_GRAPH_BYTES } from "./size";

/** What the browser tells us about a dropped or picked file before reading it. */
export interface PickedFile {
  name: string;
  size: number;
  type: string;
}

/** `more`: further spreadsheets picked with the first (Kumu's elements and connections). */
export type PickResult<F> = { ok: true; file: F; more: F[] } | { ok: false; problem: Problem };

// Keyed by the format names sniffBinary returns, so a sniffed file gets the same message.
// Maps, not object literals: the keys come from users' file names ("x.constructor").
const DESCRIPTIONS = new Map([
  ["PNG", "an image (PNG)"],
  ["JPEG", "an image (JPEG)"],
  ["GIF", "an image (GIF)"],
  ["WebP", "an image (WebP)"],
  ["SVG", "an image (SVG)"],
  ["HEIC", "an image (HEIC)"],
  ["TIFF", "an image (TIFF)"],
  ["image", "an image"],
  ["video", "a video"],
  ["audio", "a sound file"],
  ["PDF", "a PDF document"],
  ["ZIP", "a ZIP archive"],
  ["HTML", "a web page (HTML)"],
  ["Word", "a Word document"],
  ["Excel", "an Excel spreadsheet"],
  ["Numbers", "a Numbers spreadsheet"],
  ["OpenDocument", "an OpenDocument spreadsheet"],
]);

const BY_EXTENSION = new Map([
  ["png", "PNG"],
  ["jpg", "JPEG"],
  ["jpeg", "JPEG"],
  ["gif", "GIF"],
  ["webp", "WebP"],
  ["svg", "SVG"],
  ["heic", "HEIC"],
  ["tif", "TIFF"],
  ["tiff", "TIFF"],
  ["mp4", "video"],
  ["mov", "video"],
  ["mp3", "audio"],
  ["wav", "audio"],
  ["pdf", "PDF"],
  ["zip", "ZIP"],
  ["html", "HTML"],
  ["htm", "HTML"],
  ["doc", "Word"],
  ["docx", "Word"],
  ["xls", "Excel"],
  ["xlsx", "Excel"],
  ["numbers", "Numbers"],
  ["ods", "OpenDocument"],
]);

const BY_TYPE = new Map([
  ["image/png", "PNG"],
  ["image/jpeg", "JPEG"],
  ["image/gif", "GIF"],
  ["image/webp", "WebP"],
  ["image/svg+xml", "SVG"],
  ["image/heic", "HEIC"],
  ["image/tiff", "TIFF"],
  ["application/pdf", "PDF"],
  ["application/zip", "ZIP"],
  ["application/x-zip-compressed", "ZIP"],
  ["text/html", "HTML"],
  ["application/msword", "Word"],
  ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"],
  ["application/vnd.ms-excel", "Excel"],
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"],
  ["application/vnd.oasis.opendocument.spreadsheet", "OpenDocument"],
]);

const SPREADSHEETS = new Set(["Excel", "Numbers", "OpenDocument"]);

/** The problem for a file that is plainly something else; `format` as sniffBinary names it. */
export function notAGraphFile(format: string): Problem {
  const what = DESCRIPTIONS.get(format) ?? `a ${format} file`;
  return error(
    [],
    `This is ${what}, not a graph file. ${OPENS}.`,
    SPREADSHEETS.has(format)
      ? "Save each sheet as CSV (File › Save as / Download as CSV) and open those."
      : "Choose the graph file instead.",
  );
}

function knownFormat(file: PickedFile): string | undefined {
  const dot = file.name.lastIndexOf(".");
  const extension = dot < 0 ? "" : file.name.slice(dot + 1).toLowerCase();
  const type = file.type.split(";")[0]?.trim().toLowerCase() ?? "";
  if (extension === "json" || type === "application/json" || type === "text/csv") return undefined;
  const category = type.split("/")[0] ?? "";
  const byCategory = ["image", "video", "audio"].includes(category) ? category : undefined;
  return BY_EXTENSION.get(extension) ?? BY_TYPE.get(type) ?? byCategory;
}

/**
 * Judges a drop or a pick before anything is read. Only files that are plainly something else
 * are refused; a .txt or an unlabelled file is left for the parser, whose messages are precise.
 */
export function checkPickedFiles<F extends PickedFile>(files: readonly F[]): PickResult<F> {
  const [file] = files;
  if (file === undefined) {
    return fail("No file was dropped or picked.", "Drop or pick one .json graph file.");
  }
  if (files.length > 1 && !files.every((f) => SHEET.test(f.name))) {
    const message = `Drop one graph file at a time — you dropped ${files.length}.`;
    return fail(
      message,
      "Drop only the graph file; several files only as CSV sheets (elements and connections).",
    );
  }
  for (const each of files) {
    const format = knownFormat(each);
    if (format !== undefined) return { ok: false, problem: notAGraphFile(format) };
  }
  const size = files.reduce((sum, f) => sum + f.size, 0);
  if (size > MAX_GRAPH_BYTES) {
    const name = files.length === 1 ? describeValue(file.name) : `These ${files.length} files`;
    const message = `${name} ${files.length === 1 ? "is" : "are"} ${formatSize(size)}; Entente opens graph files of up to ${LIMIT}.`;
    const fix =
      "Check that this is the right file: a graph with its article is usually well under 1 MB.";
    return fail(message, fix);
  }
  return { ok: true, file, more: files.slice(1) };
}

/** Spreadsheets may come two at a time: Kumu keeps elements and connections in separate sheets. */
const SHEET = /\.(csv|tsv)$/i;

const fail = (message: string, fix: string): { ok: false; problem: Problem } => ({
  ok: false,
  problem: error([], message, fix),
});

import { describe, expect, it } from "vitest";
import { checkPickedFiles } from "./files";
import { MAX_GRAPH_BYTES } from "./size";

const file = (name: string, type = "", size = 1000) => ({ name, type, size });

const ENTENTE =
  "Entente opens its own JSON graphs, GEXF (Gephi), GraphML, graphology JSON (Gephi Lite), Cytoscape JSON (.cyjs, cy.json()), JSON Graph Format, networkx node-link JSON, SIF and CSV/TSV spreadsheets.";
const OTHER = "Choose the graph file instead.";
const SHEET = "Save each sheet as CSV (File › Save as / Download as CSV) and open those.";

function refusal(...files: ReturnType<typeof file>[]) {
  const result = checkPickedFiles(files);
  if (result.ok) throw new Error(`accepted ${files.map((f) => f.name).join(", ")}`);
  return result.problem;
}

const notAGraph = (what: string, fix: string) => ({
  severity: "error",
  path: "",
  message: `This is ${what}, not a graph file. ${ENTENTE}`,
  fix,
});

describe("checkPickedFiles names every kind of file it refuses", () => {
  it.each([
    ["png", "an image (PNG)", OTHER],
    ["jpg", "an image (JPEG)", OTHER],
    ["jpeg", "an image (JPEG)", OTHER],
    ["gif", "an image (GIF)", OTHER],
    ["webp", "an image (WebP)", OTHER],
    ["svg", "an image (SVG)", OTHER],
    ["heic", "an image (HEIC)", OTHER],
    ["tif", "an image (TIFF)", OTHER],
    ["tiff", "an image (TIFF)", OTHER],
    ["mp4", "a video", OTHER],
    ["mov", "a video", OTHER],
    ["mp3", "a sound file", OTHER],
    ["wav", "a sound file", OTHER],
    ["pdf", "a PDF document", OTHER],
    ["zip", "a ZIP archive", OTHER],
    ["html", "a web page (HTML)", OTHER],
    ["htm", "a web page (HTML)", OTHER],
    ["doc", "a Word document", OTHER],
    ["docx", "a Word document", OTHER],
    ["xls", "an Excel spreadsheet", SHEET],
    ["xlsx", "an Excel spreadsheet", SHEET],
    ["numbers", "a Numbers spreadsheet", SHEET],
  ])("by name alone: .%s is %s", (extension, what, fix) => {
    expect(refusal(file(`story.${extension}`))).toEqual(notAGraph(what, fix));
  });

  it.each([
    ["image/png", "an image (PNG)", OTHER],
    ["image/jpeg", "an image (JPEG)", OTHER],
    ["image/gif", "an image (GIF)", OTHER],
    ["image/webp", "an image (WebP)", OTHER],
    ["image/svg+xml", "an image (SVG)", OTHER],
    ["image/heic", "an image (HEIC)", OTHER],
    ["image/tiff", "an image (TIFF)", OTHER],
    ["image/bmp", "an image", OTHER],
    ["video/webm", "a video", OTHER],
    ["audio/ogg", "a sound file", OTHER],
    ["application/pdf", "a PDF document", OTHER],
    ["application/zip", "a ZIP archive", OTHER],
    ["application/x-zip-compressed", "a ZIP archive", OTHER],
    ["text/html", "a web page (HTML)", OTHER],
    ["application/msword", "a Word document", OTHER],
    [
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "a Word document",
      OTHER,
    ],
    ["application/vnd.ms-excel", "an Excel spreadsheet", SHEET],
    [
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "an Excel spreadsheet",
      SHEET,
    ],
    ["IMAGE/PNG ; name=chart", "an image (PNG)", OTHER],
  ])("by type alone: %s is %s", (type, what, fix) => {
    expect(refusal(file("download", type))).toEqual(notAGraph(what, fix));
  });

  it("names an OpenDocument spreadsheet by its type or extension and says to save it as CSV", () => {
    const type = "application/vnd.oasis.opendocument.spreadsheet";
    const expected = notAGraph("an OpenDocument spreadsheet", SHEET);
    expect(refusal(file("download", type))).toEqual(expected);
    expect(refusal(file("people.ODS"))).toEqual(expected);
  });

  it("reads the extension after the last dot, even of a name that is only an extension", () => {
    expect(refusal(file(".pdf"))).toEqual(notAGraph("a PDF document", OTHER));
    expect(refusal(file("archive.tar.zip"))).toEqual(notAGraph("a ZIP archive", OTHER));
  });
});

describe("checkPickedFiles lets the parser judge", () => {
  it.each([
    ["a name without a dot that spells a format", file("pdf")],
    ["a .json name over a wrong type", file("graph.json", "text/html")],
    ["a JSON type over a wrong name", file("graph.png", "application/json")],
    ["a CSV type over a spreadsheet name (a common export)", file("edges.xls", "text/csv")],
  ])("%s", (_, picked) => {
    expect(checkPickedFiles([picked])).toEqual({ ok: true, file: picked, more: [] });
  });
});

describe("checkPickedFiles with several files", () => {
  it("counts sheets that are too large together", () => {
    const half = 11 * 1024 * 1024;
    expect(refusal(file("elements.csv", "", half), file("connections.csv", "", half))).toEqual({
      severity: "error",
      path: "",
      message: "These 2 files are 22 MB; Entente opens graph files of up to 20 MB.",
      fix: "Check that this is the right file: a graph with its article is usually well under 1 MB.",
    });
    const small = MAX_GRAPH_BYTES / 2;
    expect(checkPickedFiles([file("a.csv", "", small), file("b.csv", "", small)]).ok).toBe(true);
  });

  it("takes several only when each name ends in .csv or .tsv", () => {
    expect(refusal(file("elements.csv.bak"), file("connections.csv")).message).toBe(
      "Drop one graph file at a time — you dropped 2.",
    );
  });
});

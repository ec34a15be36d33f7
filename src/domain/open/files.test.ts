import { describe, expect, it } from "vitest";
import { checkPickedFiles, notAGraphFile } from "./files";
import { formatSize, MAX_GRAPH_BYTES } from "./size";

const file = (name: string, type = "", size = 1000) => ({ name, type, size });

const ENTENTE =
  "Entente opens its own JSON graphs, GEXF (Gephi), GraphML, graphology JSON (Gephi Lite), Cytoscape JSON (.cyjs, cy.json()), JSON Graph Format, networkx node-link JSON, SIF and CSV/TSV spreadsheets.";

describe("checkPickedFiles", () => {
  it.each([
    ["a .json file", file("graph.json", "application/json")],
    ["a .json file with no type (some systems)", file("graph.json")],
    ["JSON by type, odd name", file("graph.entente", "application/json; charset=utf-8")],
    ["a file with no extension and no type", file("graph")],
    ["a .txt file (left to the parser)", file("graph.txt", "text/plain")],
    ["a name that is a prototype key", file("x.constructor")],
    ["a name that is __proto__", file("__proto__")],
    ["exactly the size limit", file("big.json", "", MAX_GRAPH_BYTES)],
  ])("accepts %s", (_, picked) => {
    expect(checkPickedFiles([picked])).toEqual({ ok: true, file: picked, more: [] });
  });

  it("takes several spreadsheets at once: Kumu's elements and connections sheets", () => {
    const [elements, connections] = [file("Elements.csv", "text/csv"), file("Connections.tsv")];
    expect(checkPickedFiles([elements, connections])).toEqual({
      ok: true,
      file: elements,
      more: [connections],
    });
  });

  it.each([
    ["a GEXF file", file("lesmis.gexf")],
    ["a GraphML file", file("network.graphml", "application/xml")],
    ["a CSV table", file("edges.csv", "text/csv")],
    ["a Cytoscape desktop file", file("galFiltered.cyjs")],
  ])("accepts %s", (_, picked) => {
    expect(checkPickedFiles([picked]).ok).toBe(true);
  });

  it("hands back the caller's own object, so a File stays a File", () => {
    const picked = { ...file("graph.json"), extra: 1 };
    const result = checkPickedFiles([picked]);
    expect(result.ok && result.file).toBe(picked);
  });

  it.each([
    ["no files", [], "No file was dropped or picked."],
    [
      "two files",
      [file("a.json"), file("article.txt")],
      "Drop one graph file at a time — you dropped 2.",
    ],
    ["three files", [file("a.json"), file("b.json"), file("c.json")], "you dropped 3."],
    [
      "a PNG by type",
      [file("chart", "image/png")],
      `This is an image (PNG), not a graph file. ${ENTENTE}`,
    ],
    ["a PNG by extension", [file("Chart.PNG")], "This is an image (PNG), not a graph file."],
    ["a JPEG", [file("photo.jpg", "image/jpeg")], "This is an image (JPEG), not a graph file."],
    ["an unlisted image type", [file("scan", "image/x-portable-pixmap")], "This is an image, not"],
    ["a video", [file("clip.mp4", "video/mp4")], "This is a video, not a graph file."],
    [
      "a PDF",
      [file("article.pdf", "application/pdf")],
      "This is a PDF document, not a graph file.",
    ],
    ["a ZIP", [file("graphs.zip", "application/zip")], "This is a ZIP archive, not a graph file."],
    ["a Word file", [file("notes.docx")], "This is a Word document, not a graph file."],
    ["an Excel workbook", [file("sheet.xlsx")], "This is an Excel spreadsheet, not a graph file."],
    ["a CSV with a JSON", [file("a.csv"), file("b.json")], "you dropped 2."],
    [
      "a saved web page",
      [file("page.html", "text/html")],
      "This is a web page (HTML), not a graph",
    ],
    [
      "a too-large file",
      [file("huge.json", "", 25 * 1024 * 1024 + 300_000)],
      '"huge.json" is 25.3 MB; Entente opens graph files of up to 20 MB.',
    ],
    ["one byte too large", [file("big.json", "", MAX_GRAPH_BYTES + 1)], "is 20.1 MB"],
  ])("refuses %s", (_, files, message) => {
    const result = checkPickedFiles(files);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.problem).toMatchObject({ severity: "error", path: "" });
    expect(result.problem.message).toContain(message);
    expect(result.problem.fix).toMatch(/CSV|file/);
  });

  it("reports the format before the size, since the format is the real mistake", () => {
    const result = checkPickedFiles([file("film.mp4", "", 2 * MAX_GRAPH_BYTES)]);
    expect(!result.ok && result.problem.message).toMatch(/^This is a video/);
  });
});

describe("notAGraphFile", () => {
  it.each([
    ["PNG", "an image (PNG)"],
    ["GIF", "an image (GIF)"],
    ["ZIP", "a ZIP archive"],
    ["RAR", "a RAR file"],
  ])("describes a sniffed %s file", (format, what) => {
    expect(notAGraphFile(format).message).toBe(`This is ${what}, not a graph file. ${ENTENTE}`);
  });
});

describe("formatSize", () => {
  it.each([
    [500, "1 KB"],
    [300 * 1024, "300 KB"],
    [1024 * 1024 - 1, "1024 KB"],
    [1024 * 1024, "1 MB"],
    [MAX_GRAPH_BYTES, "20 MB"],
    [MAX_GRAPH_BYTES + 1, "20.1 MB"],
    [1.5 * 1024 * 1024, "1.5 MB"],
  ])("%d bytes → %s", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

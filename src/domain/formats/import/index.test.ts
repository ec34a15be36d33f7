import { describe, expect, it } from "vitest";
import { routeFile, type FileInput, type Routed } from "./index";

/** What a file became: its route, and for an import the reader's format and the title. */
const routed = (input: FileInput): string => {
  const r: Routed = routeFile(input);
  if (r.kind !== "imported") return r.kind;
  const { report } = r.outcome;
  return r.outcome.ok ? `${report.format} | ${r.outcome.doc.title}` : `failed ${report.format}`;
};

const GEXF =
  '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/></nodes></graph></gexf>';
const GRAPHML =
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/></graph></graphml>';

describe("routeFile", () => {
  it.each([
    // Spreadsheets by extension, whatever the case and however many dots.
    [{ text: "source,target\na,b\n", fileName: "x.csv" }, "CSV spreadsheet | x.csv"],
    [{ text: "source,target\na,b\n", fileName: "My.Data.CSV" }, "CSV spreadsheet | My.Data.CSV"],
    [{ text: "source\ttarget\na\tb\n", fileName: "x.tsv" }, "TSV spreadsheet | x.tsv"],
    // SIF by extension, even with an empty list of further files.
    [
      { text: "a pp b\n", fileName: "net.sif", more: [] },
      "SIF file (Simple Interaction Format, Cytoscape) | net.sif",
    ],
    [
      { text: "a pp b\n", fileName: "NET.SIF" },
      "SIF file (Simple Interaction Format, Cytoscape) | NET.SIF",
    ],
    // A name without an extension, or one that only ends in a known word, is judged by content.
    [{ text: "a pp b\n", fileName: "sif" }, "entente"],
    [{ text: "a pp b\n", fileName: "netsif" }, "entente"],
    [{ text: "source,target\na,b\n", fileName: "x.csv.txt" }, "entente"],
    [{ text: "a pp b\n" }, "entente"],
    // JSON that is not an object or a list is not a graph shape: the v1 loader says what it is.
    [{ text: "2024" }, "entente"],
    [{ text: "null" }, "entente"],
    [{ text: '"nodes"' }, "entente"],
    // XML by its root element.
    [{ text: GEXF, fileName: "g.xml" }, "GEXF 1.3 file | g.xml"],
    [{ text: GRAPHML, fileName: "g.xml" }, "GraphML file | g.xml"],
    // JSON by its shape, after any leading space.
    [
      { text: ' \n {"options": {}, "nodes": [], "edges": []}' },
      "graphology JSON file (Gephi Lite, sigma.js) | Imported graph",
    ],
    [{ text: '{"elements": []}' }, "Cytoscape.js JSON file (cy.json()) | Imported graph"],
    [
      { text: '{"nodes": [{"id": 1}], "links": []}' },
      "networkx node-link JSON file | Imported graph",
    ],
    [{ text: '{"graph": {"nodes": []}}', fileName: "g.jgf" }, "JSON Graph Format file | g.jgf"],
  ])("%j → %s", (input, result) => {
    expect(routed(input)).toBe(result);
  });

  it.each([["format"], ["version"], ["source"], ["periods"], ["story"]])(
    "sends an object with %s, a key of Entente's own files, to the v1 loader",
    (key) => {
      expect(routeFile({ text: JSON.stringify({ [key]: 1, other: 2 }) })).toEqual({
        kind: "entente",
      });
    },
  );

  it.each([
    ["{}", "no fields"],
    ['{"a": 1}', "fields a"],
    ['{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}', "fields a, b, c, d, e, f"],
  ])("names at most six fields of a JSON object it does not know: %s", (text, has) => {
    const r = routeFile({ text });
    expect(r.kind === "unknown" && r.message.split(".")[0]).toBe(
      `This JSON file (with ${has}) is not a graph shape Entente knows`,
    );
  });

  it("sends a JSON list, and JSON that does not parse, to the v1 loader", () => {
    expect(routeFile({ text: ' [{"elements": []}]' })).toEqual({ kind: "entente" });
    expect(routeFile({ text: '{"elements": [}' })).toEqual({ kind: "entente" });
  });

  it("asks for a mapping when a sheet's columns say nothing it knows, unless one is given", () => {
    const input = { text: "who,whom\na,b\n", fileName: "x.csv" };
    expect(routeFile(input)).toEqual({
      kind: "mapping",
      tables: [
        { name: "x.csv", headers: ["who", "whom"], rows: [{ who: "a", whom: "b" }], errors: [] },
      ],
    });
    const mapped = routeFile({ ...input, mappings: [{ who: "source", whom: "target" }] });
    expect(mapped.kind === "imported" && mapped.outcome.ok && mapped.outcome.doc.edges.length).toBe(
      1,
    );
  });

  it("reads sheets picked together as one pair, the first named sheet.csv when it has no name", () => {
    const more = [{ name: "links.csv", text: "source,target\na,b\n" }];
    expect(routed({ text: "label\na\nb\n", more })).toBe(
      "pair of spreadsheets (Kumu-style elements and connections) | sheet.csv + links.csv",
    );
  });

  it("passes a GEXF or GraphML file's chosen mapping on to its reader", () => {
    const text =
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="k" for="node" attr.name="who" attr.type="string"/><graph edgedefault="directed"><node id="a"><data key="k">Ada</data></node></graph></graphml>';
    const r = routeFile({ text, mappings: [{ who: "label" }] });
    expect(
      r.kind === "imported" && r.outcome.ok && r.outcome.doc.nodes.map((n) => n.label),
    ).toEqual(["Ada"]);
  });
});

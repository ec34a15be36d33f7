import { describe, expect, it } from "vitest";
import { importSif } from "./sif";

const read = (text: string, file?: string) => {
  const outcome = importSif(text, file);
  if (!outcome.ok) throw new Error("SIF never fails");
  return outcome;
};

const edges = (text: string) =>
  read(text).doc.edges.map((e) => `${e.source} ${e.relation} ${e.target}`);

describe("importSif", () => {
  it("reports what it read, under the file's name", () => {
    const { doc, report } = read("a pp b\nc\n", "net.sif");
    expect(doc.title).toBe("net.sif");
    expect(doc.imported).toEqual({
      format: "SIF file (Simple Interaction Format, Cytoscape)",
      file: "net.sif",
    });
    expect(report.read).toEqual(["3 nodes", "1 edge", "2 lines"]);
    expect(report.mapped).toEqual([{ from: "SIF relation", to: "relation and stance" }]);
  });

  it("splits on spaces when the file has no tab, one edge per target", () => {
    expect(edges("  a   pp b  c \n")).toEqual(["a pp b", "a pp c"]);
  });

  it("splits on tabs when the file has one, trimming each name and skipping empty cells", () => {
    const { doc, report } = read("Ann Lee \t knows\t\t Bo Ray \nCy Day\n");
    expect(doc.nodes.map((n) => n.id)).toEqual(["Ann Lee", "Bo Ray", "Cy Day"]);
    expect(doc.edges.map((e) => [e.source, e.relation, e.target])).toEqual([
      ["Ann Lee", "knows", "Bo Ray"],
    ]);
    expect(report.notes.filter((n) => n.severity === "warning")).toEqual([]);
  });

  it.each([
    ["\r\n", "a pp b\r\nc pp d\r\n"],
    ["\r", "a pp b\rc pp d\r"],
    ["\n", "a pp b\nc pp d\n"],
  ])("ends a line at %j", (_, text) => {
    expect(edges(text)).toEqual(["a pp b", "c pp d"]);
    expect(read(text).report.read).toEqual(["4 nodes", "2 edges", "2 lines"]);
  });

  it("counts lines with something on them, with a thousands separator", () => {
    expect(read("a\n\n  \nb\n").report.read).toEqual(["2 nodes", "0 edges", "2 lines"]);
    const many = Array.from({ length: 1001 }, (_, i) => `n${i}`).join("\n");
    expect(read(many).report.read).toEqual(["1,001 nodes", "0 edges", "1,001 lines"]);
  });

  it("adds a lone name once, however often it appears", () => {
    const { doc, report } = read("a\na\nb pp a\n");
    expect(doc.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(report.notes).toEqual([
      { severity: "info", message: "nodes named only by an edge were added (1)" },
      {
        severity: "info",
        message: "no edge names a stance: every relationship is shown as neutral",
      },
    ]);
  });

  it("drops a line with a relation but no target, and says how many", () => {
    const { doc, report } = read("a pp\nb pp\nc\n");
    expect(doc.nodes.map((n) => n.id)).toEqual(["c"]);
    expect(doc.edges).toEqual([]);
    expect(report.notes).toEqual([
      { severity: "warning", message: "lines with a relation but no target were dropped (2)" },
    ]);
    expect(report.mapped).toEqual([{ from: "SIF relation", to: "relation and stance" }]);
  });

  it("takes a stance from the relation word", () => {
    expect(read("a opposes b\n").doc.edges.map((e) => e.stance)).toEqual(["rivalry"]);
  });
});

import { describe, expect, it } from "vitest";
import { EXTENSIONS, routeFile } from "./index";

describe("EXTENSIONS", () => {
  it("offers every extension Entente opens, each once, in the Open dialog's order", () => {
    expect(EXTENSIONS).toEqual([
      ".json",
      ".gexf",
      ".graphml",
      ".xml",
      ".cyjs",
      ".jgf",
      ".sif",
      ".csv",
      ".tsv",
      ".txt",
    ]);
  });

  it.each([
    [".sif", "a pp b\n", "imported"],
    [".csv", "source,target\na,b\n", "imported"],
    [".tsv", "source\ttarget\na\tb\n", "imported"],
    [".cyjs", '{"elements": []}', "imported"],
    [".jgf", '{"graph": {"nodes": []}}', "imported"],
    [".json", '{"format": "entente-graph", "version": 1}', "entente"],
  ])("opens a file ending in %s", (extension, text, kind) => {
    expect(EXTENSIONS).toContain(extension);
    expect(routeFile({ text, fileName: `graph${extension}` }).kind).toBe(kind);
  });
});

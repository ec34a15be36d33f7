import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXPORTERS, exportGexf, exportGraphml, exportJson } from "./index";
import { gexfRenamed } from "./gexf";
import { graphmlRenamed } from "./graphml";
import { generatedGraph } from "../../../tests/helpers/exportGraphs";
import { children, parseXml, path } from "../../../tests/helpers/parseXml";

const here = dirname(fileURLToPath(import.meta.url));

describe("EXPORTERS", () => {
  it("names each format's extension, media type, writer and renamed ids", () => {
    expect(EXPORTERS).toEqual({
      json: { extension: "json", mimeType: "application/json", write: exportJson },
      gexf: {
        extension: "gexf",
        mimeType: "application/gexf+xml",
        write: exportGexf,
        renamed: gexfRenamed,
      },
      graphml: {
        extension: "graphml",
        mimeType: "application/graphml+xml",
        write: exportGraphml,
        renamed: graphmlRenamed,
      },
    });
  });

  // No timing assertion: this guards against quadratic blow-ups and stack overflows on big graphs.
  // Its timeout only stops a hang: writing and parsing back three formats of 15,000 elements takes
  // seconds, and many more on a loaded 2-core machine.
  it("exports a 5,000-node, 10,000-edge graph in every format", { timeout: 120_000 }, () => {
    const graph = generatedGraph(5_000, 10_000);

    const json = JSON.parse(EXPORTERS.json.write(graph)) as { nodes: unknown[]; edges: unknown[] };
    expect([json.nodes.length, json.edges.length]).toEqual([5_000, 10_000]);

    const gexf = path(parseXml(EXPORTERS.gexf.write(graph)), "graph");
    expect(children(path(gexf, "nodes"), "node")).toHaveLength(5_000);
    expect(children(path(gexf, "edges"), "edge")).toHaveLength(10_000);

    const graphml = path(parseXml(EXPORTERS.graphml.write(graph)), "graph");
    expect(children(graphml, "node")).toHaveLength(5_000);
    expect(children(graphml, "edge")).toHaveLength(10_000);
  });

  // The UI loads this folder with import() on demand, so it must not drag the app in with it.
  it("imports nothing from the app beyond types, dates and labels (type-only imports aside)", () => {
    const allowed = /^(\.\/|\.\.\/model\/(types|dates|labels)$)/;
    const modules = readdirSync(here).filter(
      (f) => f.endsWith(".ts") && !/^test|\.test\.ts$/.test(f),
    );
    expect(modules).toContain("gexf.ts");
    for (const file of modules) {
      const source = readFileSync(join(here, file), "utf8");
      // Type-only imports are erased from the bundle, so they drag nothing in.
      const imports = [
        ...source.matchAll(/^(?:import|export) (?!type )[^;]*?\bfrom\s+"([^"]+)"/gm),
      ].map((m) => m[1]);
      expect(
        imports.filter((spec) => !allowed.test(spec ?? "")),
        file,
      ).toEqual([]);
    }
  });
});

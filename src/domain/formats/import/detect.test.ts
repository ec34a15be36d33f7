import { describe, expect, it } from "vitest";
import { detectXml, jsonShape } from "./detect";
import { OPENS } from "./names";

describe("jsonShape", () => {
  it.each([
    ["an array", [{ nodes: [] }]],
    ["null", null],
    ["a string", "nodes"],
    ["Entente's own file, whatever else it holds", { format: "entente-graph", elements: [] }],
    ["a graph object without nodes or edges", { graph: { label: "G" } }],
    ["graphs that are not a list", { graphs: { a: {} } }],
    ["nodes that are not a list", { nodes: { a: {} } }],
    ["an empty node list with nothing else", { nodes: [] }],
    ["nodes with neither key nor id", { nodes: [{ name: "a" }] }],
  ])("leaves %s alone", (_, value) => {
    expect(jsonShape(value)).toBeUndefined();
  });

  it.each([
    ["elements", { elements: [] }, "cytoscape"],
    ["a graph with nodes", { graph: { nodes: {} } }, "jgf"],
    ["a graph with edges only", { graph: { edges: [] } }, "jgf"],
    ["a list of graphs", { graphs: [] }, "jgf"],
    ["nodes with a key", { nodes: [{ key: "a" }] }, "graphology"],
    ["no nodes but options", { nodes: [], options: { type: "mixed" } }, "graphology"],
    ["plain node ids with options", { nodes: ["a"], options: {} }, "graphology"],
    ["nodes as lists with options", { nodes: [["a"]], options: {} }, "graphology"],
    ["nodes with an id", { nodes: [{ id: 1 }] }, "networkx"],
    ["nodes with an id, options too", { nodes: [{ id: 1 }], options: {} }, "networkx"],
    ["no nodes but links", { nodes: [], links: [] }, "networkx"],
    ["no nodes but a multigraph flag", { nodes: [], multigraph: false }, "networkx"],
    [
      "a graph object that is only metadata",
      { graph: { name: "Karate" }, nodes: [{ id: 0 }] },
      "networkx",
    ],
    ["a graph that is not an object", { graph: "G", nodes: [{ id: 0 }] }, "networkx"],
  ])("reads %s as %s", (_, value, format) => {
    expect(jsonShape(value)).toEqual({ kind: "json", format, value });
  });
});

describe("detectXml", () => {
  it.each([
    ["plain text", "source,target\na,b"],
    ["an empty file", ""],
    ["HTML", "<!DOCTYPE html>\n<html><body/></html>"],
    ["HTML in capitals", "<HTML></HTML>"],
    ["XHTML with a prefix", '<?xml version="1.0"?><h:html xmlns:h="x"/>'],
    ["text before the root", "exported from Gephi <gexf/>"],
  ])("leaves %s to the others", (_, text) => {
    expect(detectXml(text)).toBeUndefined();
  });

  it.each([
    ['<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3"/>', "gexf"],
    ["<graphml/>", "graphml"],
    ["  <!-- made by hand -->\n<GraphML>", "graphml"],
    ['<!DOCTYPE gexf [<!ENTITY a "b">]><gexf/>', "gexf"],
    ['<!DOCTYPE graphml [ <!ENTITY a "b"> ] >\n<graphml/>', "graphml"],
    ["<!DOCTYPE graphml>\n\n<graphml/>", "graphml"],
    ['<?xml version="1.0"?>\n<!-- by yEd 3 -->\n<!DOCTYPE graphml>\n<graphml/>', "graphml"],
    ["<!-- a --><!-- b c -->\n\n<!DOCTYPE gexf><!--x-->\n<!-- one two -->\n\n<gexf/>", "gexf"],
    ["<!---->\n<gexf/>", "gexf"],
    // A comment's body may hold "-->", so these need no comment on the other side of the DOCTYPE.
    ["<!DOCTYPE gexf>\n<!-- made by hand -->\n\n<gexf/>", "gexf"],
    ["<!DOCTYPE gexf><!-- made by hand --><gexf/>", "gexf"],
    ["<!-- made by hand -->\n\n<!DOCTYPE graphml>\n<graphml/>", "graphml"],
    ["<!-- made by hand --><!DOCTYPE graphml><graphml/>", "graphml"],
    ['<gx:gexf xmlns:gx="http://gexf.net/1.3"/>', "gexf"],
    ["<a:b:graphml/>", "graphml"],
    ["<:gexf/>", "gexf"],
  ])("reads the root of %j as %s", (text, format) => {
    expect(detectXml(text)).toEqual({ kind: "xml", format });
  });

  it("names any other root element, prefix and all", () => {
    expect(detectXml('<?xml version="1.0"?><svg:svg xmlns:svg="x"/>')).toEqual({
      kind: "unknown",
      message: `This is an XML file whose root element is <svg:svg>, not a graph Entente knows. ${OPENS}.`,
    });
  });

  // No thousands separator in the name: the mutation run skips tests named by a big size.
  it("judges by the first 4096 characters only", () => {
    const comment = `<!--${"x".repeat(4100)}-->`;
    expect(detectXml(`${comment}<gexf/>`)).toBeUndefined();
    expect(detectXml(`<!--${"x".repeat(4000)}--><gexf/>`)).toEqual({ kind: "xml", format: "gexf" });
  });
});

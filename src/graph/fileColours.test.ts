import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { makeEdge, makeNode } from "../../tests/fixtures/factory";
import { graphOf } from "../../tests/helpers/cyGraph";
import { toCyId, toElements } from "./elements";
import { STYLESHEETS } from "./stylesheet";
import type { ColorScheme } from "./palette";

const drawn = (scheme: ColorScheme) => {
  const graph = graphOf(
    [
      makeNode({ id: "red", label: "Red", kind: "organization", color: "#d01010", evidence: [] }),
      makeNode({ id: "pale", label: "Pale", kind: "person", color: "#fafafa", evidence: [] }),
      makeNode({ id: "plain", label: "Plain", kind: "person", evidence: [] }),
    ],
    [],
  );
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: STYLESHEETS.small[scheme],
    elements: toElements(graph),
  });
  const style = (id: string, key: string) => cy.getElementById(toCyId(id)).style(key) as string;
  const out = {
    red: [style("red", "background-color"), style("red", "shape")],
    pale: [style("pale", "background-color"), style("pale", "border-color")],
    plain: style("plain", "background-color"),
  };
  cy.destroy();
  return out;
};

describe("colours from another tool's file", () => {
  it("fill the node, its kind still in its shape; a faint one is outlined in the light theme", () => {
    expect(drawn("light")).toEqual({
      red: ["rgb(208,16,16)", "round-rectangle"],
      pale: ["rgb(250,250,250)", "rgb(89,99,110)"],
      plain: "rgb(31,111,209)",
    });
  });

  it("outline only what is faint against the dark background", () => {
    expect(drawn("dark").pale).toEqual(["rgb(250,250,250)", "rgb(17,20,24)"]);
  });
});

const lines = (scheme: ColorScheme) => {
  const node = (id: string) => makeNode({ id, label: id, evidence: [] });
  const edge = (id: string, color?: string) =>
    makeEdge({ id, source: "a", target: "b", stance: "rivalry", evidence: [], color });
  const graph = graphOf(
    [node("a"), node("b")],
    [edge("red", "#2060d0"), edge("pale", "#fbfbfb"), edge("plain")],
  );
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: STYLESHEETS.small[scheme],
    elements: toElements(graph),
  });
  const style = (id: string) => {
    const e = cy.getElementById(toCyId(id));
    return [e.style("line-color"), e.style("target-arrow-color"), e.style("line-style")];
  };
  const out = { red: style("red"), pale: style("pale"), plain: style("plain") };
  cy.destroy();
  return out;
};

describe("edge colours from another tool's file", () => {
  it("draw the line and its arrow, the stance still in the line's style; a faint one keeps the stance colour", () => {
    expect(lines("light")).toEqual({
      red: ["rgb(32,96,208)", "rgb(32,96,208)", "dashed"],
      pale: ["rgb(198,42,47)", "rgb(198,42,47)", "dashed"],
      plain: ["rgb(198,42,47)", "rgb(198,42,47)", "dashed"],
    });
  });

  it("are judged against each theme's background", () => {
    expect(lines("dark").pale).toEqual(["rgb(251,251,251)", "rgb(251,251,251)", "dashed"]);
  });
});

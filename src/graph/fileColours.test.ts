import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { makeNode } from "../../tests/fixtures/factory";
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

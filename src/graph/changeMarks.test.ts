import { describe, expect, it } from "vitest";
import { headlessCy } from "../../tests/helpers/cyGraph";
import { markChanges } from "./changeMarks";
import { toCyId } from "./elements";

const KINDS = ["warmed", "soured", "began", "ended"] as const;

function drawn() {
  const cy = headlessCy();
  cy.add([
    { group: "nodes", data: { id: toCyId("a") } },
    { group: "nodes", data: { id: toCyId("b") } },
    ...KINDS.map((kind) => ({
      group: "edges" as const,
      data: { id: toCyId(kind), source: toCyId("a"), target: toCyId("b"), stance: "alliance" },
    })),
  ]);
  return cy;
}

/** What tells a change apart on the canvas: its label, the marker mid-line and the colours. */
const look = (cy: ReturnType<typeof drawn>, id: string) => {
  const edge = cy.getElementById(toCyId(id));
  return {
    label: edge.style("label"),
    marker: edge.style("mid-target-arrow-shape"),
    fill: edge.style("mid-target-arrow-fill"),
    underlay: edge.style("underlay-color"),
  };
};

describe("markChanges", () => {
  it("draws warmed, soured, began and ended four ways, each with its own sign and marker", () => {
    const cy = drawn();
    markChanges(cy, new Map(KINDS.map((kind) => [kind, kind])));
    const looks = KINDS.map((kind) => look(cy, kind));
    expect(looks.map(({ label, marker, fill }) => [label, marker, fill])).toEqual([
      ["▲ warmed", "triangle", "filled"],
      ["▼ soured", "tee", "filled"],
      ["● began", "circle", "filled"],
      ["□ ended", "square", "hollow"],
    ]);
    expect(new Set(looks.map((l) => l.underlay)).size).toBe(4);
  });

  it("takes the marks off lines no longer named, and all of them for null", () => {
    const cy = drawn();
    markChanges(cy, new Map([["warmed", "warmed"]]));
    markChanges(cy, new Map([["soured", "soured"]]));
    expect(look(cy, "warmed").marker).toBe("none");
    expect(look(cy, "soured").label).toBe("▼ soured");
    markChanges(cy, null);
    expect(cy.edges(".change-soured").length).toBe(0);
  });

  it("unmarks a line that was hidden while marked, so it comes back plain", () => {
    const cy = drawn();
    markChanges(cy, new Map([["warmed", "warmed"]]));
    const hidden = cy.getElementById(toCyId("warmed")).remove();
    markChanges(cy, null);
    hidden.restore();
    expect(cy.getElementById(toCyId("warmed")).hasClass("change-warmed")).toBe(false);
  });

  it("marks the lines of a new drawing that reuse the ids of marked ones", () => {
    const cy = drawn();
    markChanges(cy, new Map([["began", "began"]]));
    const { data } = cy.getElementById(toCyId("began")).remove().json() as { data: object };
    cy.add({ group: "edges", data });
    markChanges(cy, new Map([["began", "began"]]));
    expect(cy.getElementById(toCyId("began")).hasClass("change-began")).toBe(true);
  });
});

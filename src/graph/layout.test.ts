import type { Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { idOf, replaceElements, toCyId, toElements } from "./elements";
import { runLayout } from "./layout";
import { edge, headlessCy, makeGraph, node, SAMPLE } from "./testGraph";

const instances: Core[] = [];
function freshCy(): Core {
  const cy = headlessCy();
  instances.push(cy);
  return cy;
}
afterEach(() => instances.splice(0).forEach((cy) => cy.destroy()));

const positions = (cy: Core) =>
  Object.fromEntries(cy.nodes().map((n) => [idOf(n), { ...n.position() }] as const));

describe("runLayout", () => {
  it("gives the same positions on every run, whatever the element order", () => {
    const first = freshCy();
    replaceElements(first, SAMPLE);
    runLayout(first);
    const once = positions(first);
    runLayout(first);
    expect(positions(first)).toEqual(once);

    const reversed = freshCy();
    const elements = toElements(SAMPLE);
    reversed.add([
      ...elements.filter((e) => e.group === "nodes").reverse(),
      ...elements.filter((e) => e.group === "edges").reverse(),
    ]);
    runLayout(reversed);
    expect(positions(reversed)).toEqual(once);
  });

  it("handles ids like __proto__, spaces, # and quotes, and spreads nodes apart", () => {
    const cy = freshCy();
    replaceElements(cy, SAMPLE);
    runLayout(cy);
    const placed = Object.values(positions(cy));
    expect(placed).toHaveLength(SAMPLE.nodes.length);
    for (const p of placed) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    const distinct = new Set(placed.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(placed.length);
  });

  it("leaves Math.random as it found it", () => {
    const random = Math.random;
    const cy = freshCy();
    replaceElements(cy, SAMPLE);
    runLayout(cy);
    expect(Math.random).toBe(random);
  });

  it("copes with self-loops and an empty canvas", () => {
    const cy = freshCy();
    runLayout(cy);
    replaceElements(cy, makeGraph([node("solo"), node("pair")], [edge("loop", "solo", "solo")]));
    runLayout(cy);
    const at = (id: string) => cy.getElementById(toCyId(id)).position();
    expect(at("solo")).not.toEqual(at("pair"));
  });
});

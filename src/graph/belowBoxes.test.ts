import { describe, expect, it } from "vitest";
import type { NodeSingular } from "cytoscape";
import { headlessCy } from "../../tests/helpers/cyGraph";
import { belowKey, rememberBelow, rememberedBelow } from "./belowBoxes";

describe("a name's remembered box under its node", () => {
  it("follows the node, the pan and the zoom without being measured again", () => {
    const cy = headlessCy();
    const node = cy.add({ data: { id: "a", text: "Alpha" }, position: { x: 10, y: 20 } });
    const key = belowKey(node as unknown as NodeSingular);
    cy.viewport({ zoom: 2, pan: { x: 5, y: 7 } });
    rememberBelow(cy, node as unknown as NodeSingular, key, { x1: 5, y1: 67, x2: 65, y2: 87 });
    node.position({ x: 20, y: 20 });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    expect(rememberedBelow(cy, node as unknown as NodeSingular, key)).toEqual({
      x1: 10,
      y1: 30,
      x2: 40,
      y2: 40,
    });
  });

  it("is forgotten when the name or its font changes", () => {
    const cy = headlessCy();
    const node = cy.add({ data: { id: "a", text: "Alpha" }, position: { x: 0, y: 0 } });
    const n = node as unknown as NodeSingular;
    rememberBelow(cy, n, belowKey(n), { x1: 0, y1: 0, x2: 10, y2: 10 });
    node.data("text", "Alphabet");
    expect(rememberedBelow(cy, n, belowKey(n))).toBeUndefined();
    const key = belowKey(n);
    rememberBelow(cy, n, key, null);
    expect(rememberedBelow(cy, n, key)).toBeNull();
    node.addClass("label-scale-3");
    expect(rememberedBelow(cy, n, belowKey(n))).toBeUndefined();
  });
});

import type { Core } from "cytoscape";
import { format } from "prettier";
import { afterEach, describe, expect, it } from "vitest";
import { loadBuiltinGraph } from "../app/builtinGraph";
import { bakedLayout, flatten, layoutKey } from "./bakedLayouts";
import { replaceElements } from "./elements";
import { computeLayout, layoutInput } from "./layout";
import { solveLayout } from "./solveLayout";
import { headlessCy, layOut, SAMPLE } from "../../tests/helpers/cyGraph";

const instances: Core[] = [];
function cyWith(graph = SAMPLE): Core {
  const cy = headlessCy();
  instances.push(cy);
  replaceElements(cy, graph);
  return cy;
}
afterEach(() => instances.splice(0).forEach((cy) => cy.destroy()));

const result = loadBuiltinGraph();
if (!result.ok) throw new Error("the built-in graph does not load");
const article = result.graph;

describe("baked layouts", () => {
  it("hold exactly what the layout computes for the article graph, in both shapes", async () => {
    const cy = cyWith(article);
    const layouts: Record<string, number[]> = {};
    for (const tall of [false, true]) {
      const input = layoutInput(cy, { tall });
      layouts[layoutKey(input)] = flatten(solveLayout(input));
    }
    // Stale after a change to the layout, the label estimate or the graph: rerun with -u.
    const json = await format(JSON.stringify(layouts), { parser: "json", printWidth: 100 });
    await expect(json).toMatchFileSnapshot("./bakedLayouts.json");
  });

  it("are used for the article graph and for nothing else", async () => {
    const cy = cyWith(article);
    const input = layoutInput(cy, { tall: true });
    const baked = bakedLayout(input);
    expect(baked).toBeDefined();
    await expect(computeLayout(input)).resolves.toEqual(baked);
    await layOut(cy, { tall: true });
    const at = (id: string) => cy.getElementById(id).position();
    const placed = input.ids.map((id) => ({ x: at(id).x, y: at(id).y }));
    expect(flatten(placed)).toEqual(flatten(solveLayout(input)));

    expect(bakedLayout(layoutInput(cyWith(SAMPLE)))).toBeUndefined();
    cy.getElementById(input.ids[0] ?? "").data("text", "A renamed node");
    expect(bakedLayout(layoutInput(cy, { tall: true }))).toBeUndefined();
  });
});

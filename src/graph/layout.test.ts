import type { Core, NodeSingular } from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadBuiltinGraph } from "../app/builtinGraph";
import { idOf, replaceElements, toCyId, toElements } from "./elements";
import { LayoutRequests } from "./layoutRequests";
import { HUB_FONT_SIZE, LABEL_FONT_SIZE, LABEL_MARGIN, labelSize, NODE_SIZE } from "./metrics";
import { edge, headlessCy, layOut, graphOf, node, SAMPLE } from "../../tests/helpers/cyGraph";

const instances: Core[] = [];
function freshCy(): Core {
  const cy = headlessCy();
  instances.push(cy);
  return cy;
}
afterEach(() => instances.splice(0).forEach((cy) => cy.destroy()));

const positions = (cy: Core) =>
  Object.fromEntries(cy.nodes().map((n) => [idOf(n), { ...n.position() }] as const));

/** Each node with its label under it, as the renderer will draw them (by the layout's estimate). */
function drawnBox(n: NodeSingular) {
  const font = n.data("hub") === true ? HUB_FONT_SIZE : LABEL_FONT_SIZE;
  const label = labelSize(String(n.data("text")).split("\n"), font);
  const { x, y } = n.position();
  const half = Math.max(NODE_SIZE, label.w) / 2;
  return {
    x1: x - half,
    x2: x + half,
    y1: y - NODE_SIZE / 2,
    y2: y + NODE_SIZE / 2 + LABEL_MARGIN + label.h,
  };
}

function collisions(cy: Core): string[] {
  const boxes = cy.nodes().map((n) => [idOf(n), drawnBox(n)] as const);
  return boxes.flatMap(([a, p], i) =>
    boxes
      .slice(i + 1)
      .filter(([, q]) => p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2)
      .map(([b]) => `${a} × ${b}`),
  );
}

describe("laying out", () => {
  it("gives the same positions on every run, whatever the element order", async () => {
    const first = freshCy();
    replaceElements(first, SAMPLE);
    await layOut(first);
    const once = positions(first);
    await layOut(first);
    expect(positions(first)).toEqual(once);

    const reversed = freshCy();
    const elements = toElements(SAMPLE);
    reversed.add([
      ...elements.filter((e) => e.group === "nodes").reverse(),
      ...elements.filter((e) => e.group === "edges").reverse(),
    ]);
    await layOut(reversed);
    expect(positions(reversed)).toEqual(once);
  });

  it("handles ids like __proto__, spaces, # and quotes, and spreads nodes apart", async () => {
    const cy = freshCy();
    replaceElements(cy, SAMPLE);
    await layOut(cy);
    const placed = Object.values(positions(cy));
    expect(placed).toHaveLength(SAMPLE.nodes.length);
    for (const p of placed) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    const distinct = new Set(placed.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(placed.length);
  });

  it("leaves Math.random as it found it", async () => {
    const random = Math.random;
    const cy = freshCy();
    replaceElements(cy, SAMPLE);
    await layOut(cy);
    expect(Math.random).toBe(random);
  });

  it("moves nothing when cancelled before its positions arrive", async () => {
    const cy = freshCy();
    replaceElements(cy, SAMPLE);
    const before = positions(cy);
    const requests = new LayoutRequests(cy);
    const placed = vi.fn();
    const run = requests.run({}, "relayout", placed);
    requests.cancel();
    await run;
    expect(positions(cy)).toEqual(before);
    expect(placed).not.toHaveBeenCalled();
  });

  it("copes with self-loops and an empty canvas", async () => {
    const cy = freshCy();
    await layOut(cy);
    replaceElements(cy, graphOf([node("solo"), node("pair")], [edge("loop", "solo", "solo")]));
    await layOut(cy);
    const at = (id: string) => cy.getElementById(toCyId(id)).position();
    expect(at("solo")).not.toEqual(at("pair"));
  });
});

describe("laying out the article graph", () => {
  const result = loadBuiltinGraph();
  if (!result.ok) throw new Error("the built-in graph does not load");
  const graph = result.graph;

  it.each([false, true])("keeps every name clear of the others (tall: %s)", async (tall) => {
    const cy = freshCy();
    replaceElements(cy, graph);
    await layOut(cy, { tall });
    expect(collisions(cy)).toEqual([]);
  });

  it("keeps the three hubs well apart and is as deterministic when tall", async () => {
    const cy = freshCy();
    replaceElements(cy, graph);
    await layOut(cy, { tall: true });
    const at = (id: string) => cy.getElementById(toCyId(id)).position();
    const apart = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    for (const [a, b] of [
      ["bezos", "trump"],
      ["trump", "musk"],
      ["bezos", "musk"],
    ] as const) {
      expect(apart(a, b), `${a}–${b}`).toBeGreaterThan(120);
    }
    const once = positions(cy);
    await layOut(cy, { tall: true });
    expect(positions(cy)).toEqual(once);
    await layOut(cy);
    expect(positions(cy)).not.toEqual(once);
  });
});

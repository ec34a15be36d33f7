import type { Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyHighlight, applyVisibility } from "./applyView";
import type { ElementStore } from "./elements";
import { idOf, replaceElements, toCyId } from "./elements";
import { everything, headlessCy, layOut, SAMPLE, shownSet } from "../../tests/helpers/cyGraph";

let cy: Core;
let store: ElementStore;
beforeEach(() => {
  cy = headlessCy();
  store = replaceElements(cy, SAMPLE);
  void layOut(cy);
});
afterEach(() => cy.destroy());

const byId = (id: string) => cy.getElementById(toCyId(id));
const shownIds = () => cy.elements().map(idOf).sort();
const withClass = (cls: string) => cy.elements(`.${cls}`).map(idOf).sort();

describe("applyVisibility", () => {
  it("from `from` on, leaves the store's earlier elements as they are", () => {
    const nothing = shownSet([], []);
    const first = store.nodeIds[0] ?? "";
    const total = store.nodes.length + store.edges.length;
    // Everything hidden but the first node: the next slice's elements, not the ones before.
    expect(applyVisibility(cy, store, nothing, Infinity, 1)).toBe(total - 1);
    expect(shownIds()).toEqual([first]);
    expect(applyVisibility(cy, store, everything(SAMPLE))).toBe(total - 1);
    // Edges are numbered after the nodes: from past the nodes, only edges are looked at.
    expect(applyVisibility(cy, store, nothing, Infinity, store.nodes.length)).toBe(
      store.edges.length,
    );
    expect(cy.edges()).toHaveLength(0);
    expect(cy.nodes()).toHaveLength(store.nodes.length);
  });

  it("removes exactly the hidden elements and restores them where they were", () => {
    const before = { ...byId("__proto__").position() };
    const all = everything(SAMPLE);
    const hidden = shownSet(
      [...all.nodes].filter((id) => id !== "__proto__"),
      all.edges,
    );
    expect(applyVisibility(cy, store, hidden)).toBe(3); // __proto__ and its 2 edges
    expect(shownIds()).not.toContain("__proto__");
    expect(shownIds()).not.toContain("e:proto");
    expect(shownIds()).toHaveLength(SAMPLE.nodes.length + SAMPLE.edges.length - 3);

    byId("a").position({ x: 999, y: 999 }); // layout positions are untouched…
    expect(applyVisibility(cy, store, everything(SAMPLE))).toBe(3);
    expect(byId("__proto__").position()).toEqual(before); // …and hidden ones return
    expect(byId("a").position()).toEqual({ x: 999, y: 999 });
    expect(shownIds()).toHaveLength(SAMPLE.nodes.length + SAMPLE.edges.length);
  });

  it("shows an edge only while both its ends are shown", () => {
    const all = everything(SAMPLE);
    applyVisibility(cy, store, shownSet(["a", "c"], all.edges));
    expect(shownIds()).toEqual(["a", "c"]);

    applyVisibility(cy, store, shownSet(["a", "b", "c"], all.edges));
    expect(shownIds()).toEqual(["a", "ab", "b", "bc", "c"]);
    expect(idOf(byId("ab").source())).toBe("a");
  });

  it("hides an edge that is not in the set even when its ends are shown", () => {
    const all = everything(SAMPLE);
    applyVisibility(cy, store, shownSet(all.nodes, ["bc"]));
    expect(cy.edges().map(idOf)).toEqual(["bc"]);
  });

  it("marks past elements with the past class and unmarks them later", () => {
    applyVisibility(cy, store, everything(SAMPLE, ["ab", "x#y"]));
    expect(withClass("past")).toEqual(["ab", "x#y"]);
    expect(applyVisibility(cy, store, everything(SAMPLE, ["x#y"]))).toBe(1);
    expect(withClass("past")).toEqual(["x#y"]);
  });

  it("does nothing, not even a batch, when the visible set is unchanged", () => {
    const set = everything(SAMPLE, ["a"]);
    applyVisibility(cy, store, set);
    const batch = vi.spyOn(cy, "batch");
    expect(applyVisibility(cy, store, everything(SAMPLE, ["a"]))).toBe(0);
    expect(batch).not.toHaveBeenCalled();
  });
});

describe("applyHighlight", () => {
  it("highlights a selected node's closed neighbourhood and fades the rest", () => {
    applyHighlight(cy, "__proto__", undefined);
    expect(withClass("selected")).toEqual(["__proto__"]);
    expect(withClass("highlight")).toEqual(["__proto__", "a", "a b", "a>proto", "e:proto"]);
    expect(withClass("faded")).toHaveLength(cy.elements().length - 5);
  });

  it("highlights a selected edge with its two ends", () => {
    applyHighlight(cy, "constructor", undefined);
    expect(withClass("highlight")).toEqual(['"q"', "constructor", "x#y"]);
    expect(withClass("selected")).toEqual(["constructor"]);
  });

  it("clears highlight and fading when nothing, or something hidden, is selected", () => {
    applyHighlight(cy, "a", undefined);
    applyHighlight(cy, null, undefined);
    expect([...withClass("highlight"), ...withClass("faded"), ...withClass("selected")]).toEqual(
      [],
    );

    applyVisibility(cy, store, shownSet(["b"], []));
    applyHighlight(cy, "a", undefined);
    expect(withClass("faded")).toEqual([]);
  });

  it("puts the focus class on focus ids and touches nothing when nothing changes", () => {
    applyHighlight(cy, null, new Set(['"q"', "a b", "missing"]));
    expect(withClass("focus")).toEqual(['"q"', "a b"]);
    const batch = vi.spyOn(cy, "batch");
    expect(applyHighlight(cy, null, new Set(['"q"', "a b"]))).toBe(0);
    expect(batch).not.toHaveBeenCalled();
  });

  it("with a spotlight fades all but the focus and the selection's neighbourhood", () => {
    const all = cy.elements().length;
    applyHighlight(cy, null, new Set(["a", "ab", "b"]), true);
    expect(withClass("focus")).toEqual(["a", "ab", "b"]);
    expect(withClass("faded")).toHaveLength(all - 3);
    applyHighlight(cy, "toString", new Set(["a", "ab", "b"]), true);
    expect(withClass("faded")).not.toContain("ab");
    expect(withClass("faded")).not.toContain("toString");
    applyHighlight(cy, null, new Set(["a"]), false);
    expect(withClass("faded")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../tests/helpers/bakeryDraft";
import { createEditorStore } from "./editor";

describe("editor store", () => {
  it("applies, undoes and redoes changes", () => {
    const store = createEditorStore("d1", bakeryDraft());
    expect(store.getState().change({ type: "removeNode", id: "holt" })).toBe(true);
    expect(store.getState().history.present.edges).toEqual([]);
    store.getState().undo();
    expect(store.getState().history.present.edges.map((e) => e.id)).toEqual(["runs"]);
    store.getState().redo();
    expect(store.getState().history.present.nodes.map((n) => n.id)).toEqual(["bakery", "mill"]);
  });

  it("keeps a refused change out of the document and says why", () => {
    const store = createEditorStore("d1", bakeryDraft());
    const before = store.getState().history;
    expect(
      store.getState().change({ type: "updateEdge", id: "runs", patch: { target: "holt" } }),
    ).toBe(false);
    expect(store.getState().history).toBe(before);
    expect(store.getState().refusal).toBe(
      'A relationship needs two different entities: "Mira Holt" is both From and To.',
    );
    store.getState().clearRefusal();
    expect(store.getState().refusal).toBeNull();
  });

  it("keeps session notes beside the document", () => {
    const store = createEditorStore("d1", bakeryDraft());
    store.getState().setSession({ rejected: ["Images"] });
    store.getState().setSession({ aliases: { holt: ["Holt"] } });
    expect(store.getState().session).toEqual({
      rejected: ["Images"],
      merged: {},
      aliases: { holt: ["Holt"] },
    });
  });
});

describe("editor store: decisions on suggestions", () => {
  it("undoes and redoes a rejection and a merge like any edit, in order with the others", () => {
    const store = createEditorStore("d1", bakeryDraft());
    const { change, setSession } = store.getState();
    setSession({ rejected: ["Images"] });
    change({ type: "title", title: "Flour" });
    store.getState().setSession({ merged: { Holt: "Mira Holt" } });
    store.getState().undo();
    expect(store.getState().session.merged).toEqual({});
    expect(store.getState().history.present.title).toBe("Flour");
    store.getState().undo();
    expect(store.getState().history.present.title).not.toBe("Flour");
    expect(store.getState().session.rejected).toEqual(["Images"]);
    store.getState().undo();
    expect(store.getState().session.rejected).toEqual([]);
    store.getState().redo();
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().session).toEqual({
      rejected: ["Images"],
      merged: { Holt: "Mira Holt" },
      aliases: {},
    });
    expect(store.getState().history.present.title).toBe("Flour");
  });

  it("takes back an accepted entity and the names it brought in one step", () => {
    const store = createEditorStore("d1", bakeryDraft());
    store.getState().change(
      {
        type: "addNode",
        node: { id: "coop", label: "Green Fields Co-op", kind: "organization", evidence: [] },
      },
      { aliases: { coop: ["Co-op"] } },
    );
    store.getState().undo();
    expect(store.getState().history.present.nodes.map((n) => n.id)).toEqual([
      "holt",
      "bakery",
      "mill",
    ]);
    expect(store.getState().session.aliases).toEqual({});
  });
});

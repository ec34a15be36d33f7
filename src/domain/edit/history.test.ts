import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../../tests/helpers/bakeryDraft";
import { HISTORY_LIMIT, commit, redo, startHistory, undo } from "./history";

describe("history", () => {
  it("undoes and redoes a change, and a new change clears what could be redone", () => {
    let h = startHistory(bakeryDraft());
    h = commit(h, { type: "removeNode", id: "holt" });
    expect(h.present.edges).toEqual([]);
    h = undo(h);
    expect(h.present.nodes.map((n) => n.id)).toEqual(["holt", "bakery", "mill"]);
    expect(h.present.edges.map((e) => e.id)).toEqual(["runs"]);
    h = redo(h);
    expect(h.present.nodes.map((n) => n.id)).toEqual(["bakery", "mill"]);
    expect(h.past.map((doc) => doc.nodes.length)).toEqual([3]);
    h = undo(h);
    h = commit(h, { type: "title", title: "Other" });
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it("does nothing past either end and adds no step for a change that alters nothing", () => {
    const h = startHistory(bakeryDraft());
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(commit(h, { type: "removeNode", id: "nobody" })).toBe(h);
  });

  it("keeps at least 200 steps and caps the past", () => {
    let h = startHistory(bakeryDraft());
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = commit(h, { type: "title", title: `T${i}` });
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < 200; i++) h = undo(h);
    expect(h.present.title).toBe(`T${HISTORY_LIMIT + 19 - 200}`);
  });
});

import { describe, expect, it } from "vitest";
import { makeGraph } from "../../tests/fixtures/factory";
import { createGraphHistory, entryState, keyOfEntry } from "./graphHistory";

describe("createGraphHistory", () => {
  it("keeps the last three graphs and forgets older ones, whose entries are then cut", () => {
    const history = createGraphHistory();
    const graphs = [1, 2, 3, 4].map((i) => makeGraph({ title: `g${i}`, nodes: [] }));
    const keys = graphs.map((graph) => history.keep({ graph, problems: [], origin: null }));
    expect(keys).toEqual([1, 2, 3, 4]);
    expect(history.recall(1)).toBeUndefined();
    expect(history.recall(2)?.graph.title).toBe("g2");
    expect(history.recall(4)?.graph.title).toBe("g4");
    expect(history.keyOf(graphs[0]!)).toBe(1);
  });

  it("reads its own entries' state and nothing else", () => {
    expect(keyOfEntry(entryState(7))).toBe(7);
    expect(keyOfEntry(null)).toBeUndefined();
    expect(keyOfEntry({ entente: "7" })).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { makeGraphDoc, makeNodeDoc, toText } from "../../../tests/fixtures/factory";
import { loadGraph } from "./load";

const withAliases = (alice: unknown, bob?: unknown) =>
  toText(
    makeGraphDoc({
      nodes: [
        makeNodeDoc("alice", { label: "Alice Smith", aliases: alice }),
        makeNodeDoc("bob", { label: "Bob", ...(bob === undefined ? {} : { aliases: bob }) }),
      ],
    }),
  );

const messages = (text: string) =>
  loadGraph(text).problems.map((p) => `${p.severity} ${p.path}: ${p.message}`);

describe("aliases", () => {
  it("are kept on the node", () => {
    const result = loadGraph(withAliases(["Smith", "Ms Smith"]));
    expect(result.ok && result.graph.nodeById.get("alice")?.aliases).toEqual(["Smith", "Ms Smith"]);
    expect(messages(withAliases(["Smith"]))).toEqual([]);
  });

  it("warn when one repeats the label or an earlier alias", () => {
    expect(messages(withAliases(["alice  SMITH", "Smith", "smith"]))).toEqual([
      'warning nodes[0].aliases[0]: alias "alice  SMITH" repeats the label',
      'warning nodes[0].aliases[2]: alias "smith" repeats an earlier alias',
    ]);
  });

  it("warn when one names another entity too", () => {
    expect(messages(withAliases(["Bob"], ["Al", "Alice Smith"]))).toEqual([
      'warning nodes[0].aliases[0]: alias "Bob" is also the label of nodes[1]: a search for it finds both',
      'warning nodes[1].aliases[1]: alias "Alice Smith" is also the label of nodes[0]: a search for it finds both',
    ]);
    expect(messages(withAliases(["Al"], ["Al"]))).toEqual([
      'warning nodes[1].aliases[0]: alias "Al" is also an alias of nodes[0]: a search for it finds both',
    ]);
  });

  it("give the fix with each warning", () => {
    expect(loadGraph(withAliases(["Bob", "smith", "Smith"])).problems).toEqual([
      {
        severity: "warning",
        path: "nodes[0].aliases[0]",
        message: 'alias "Bob" is also the label of nodes[1]: a search for it finds both',
        fix: "remove it, unless the source uses it for both",
      },
      {
        severity: "warning",
        path: "nodes[0].aliases[2]",
        message: 'alias "Smith" repeats an earlier alias',
        fix: "remove it",
      },
    ]);
  });

  it("that are not text or are blank get only the schema's error, no alias warning", () => {
    expect(messages(withAliases([5, "Smith"]))).toEqual([
      "error nodes[0].aliases[0]: expected text in double quotes, got 5",
    ]);
    // Both fold to "", which is not a name two entities could share.
    expect(messages(withAliases(["  "], ["  "]))).toEqual([
      "error nodes[0].aliases[0]: must not be blank (spaces and invisible characters only)",
      "error nodes[1].aliases[0]: must not be blank (spaces and invisible characters only)",
    ]);
  });

  it("may not be blank, and must be a list of names", () => {
    expect(loadGraph(withAliases(["\u200b "])).ok).toBe(false);
    expect(loadGraph(withAliases("Smith")).ok).toBe(false);
  });

  it("are errors under strict validation", () => {
    expect(loadGraph(withAliases(["Alice Smith"]), { strict: true }).ok).toBe(false);
  });
});

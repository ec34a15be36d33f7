import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../../tests/helpers/bakeryDraft";
import { entityNames, pendingSuggestions } from "./pending";
import type { EntitySuggestion } from "./types";

const s = (name: string, start: number, aliases: string[] = []): EntitySuggestion => ({
  key: name,
  name,
  kind: "organization",
  aliases,
  mentions: [{ start, end: start + name.length }],
});
const empty = { ...bakeryDraft(), nodes: [], edges: [] };
const none = { rejected: [], merged: {}, aliases: {} };

describe("pendingSuggestions", () => {
  it("drops rejected suggestions and those already entities by any name", () => {
    const list = [s("Mira Holt", 17, ["Holt"]), s("Old Mill", 82), s("Images", 1)];
    expect(pendingSuggestions(list, bakeryDraft(), { ...none, rejected: ["Images"] })).toEqual([]);
    const doc = {
      ...empty,
      nodes: [{ id: "m", label: "Mira", kind: "person" as const, evidence: [] }],
    };
    expect(
      pendingSuggestions(list, doc, { ...none, aliases: { m: ["Holt"] } }).map((x) => x.name),
    ).toEqual(["Old Mill", "Images"]);
  });

  it("folds a merged suggestion's names and mentions into its target, following chains", () => {
    const list = [s("Green Fields", 189), s("Co-op", 202), s("Fields", 195)];
    const merged = { "Co-op": "Green Fields", Fields: "Co-op" };
    expect(pendingSuggestions(list, empty, { ...none, merged })).toEqual([
      {
        key: "Green Fields",
        name: "Green Fields",
        kind: "organization",
        aliases: ["Co-op", "Fields"],
        mentions: [
          { start: 189, end: 201 },
          { start: 195, end: 201 },
          { start: 202, end: 207 },
        ],
      },
    ]);
  });

  it("leaves suggestions merged into each other in a cycle as they are", () => {
    const list = [s("Green Fields", 189), s("Co-op", 202)];
    const merged = { "Co-op": "Green Fields", "Green Fields": "Co-op" };
    expect(pendingSuggestions(list, empty, { ...none, merged })).toEqual(list);
  });
});

describe("entityNames", () => {
  it("gives each entity its label, then the aliases the author added", () => {
    const doc = {
      ...empty,
      nodes: [
        { id: "m", label: "Mira Holt", kind: "person" as const, evidence: [] },
        { id: "c", label: "Corner Bakery", kind: "organization" as const, evidence: [] },
      ],
    };
    expect(entityNames(doc, { aliases: { m: ["Holt", "Mira"] } })).toEqual([
      { id: "m", names: ["Mira Holt", "Holt", "Mira"] },
      { id: "c", names: ["Corner Bakery"] },
    ]);
  });
});

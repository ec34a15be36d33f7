import { describe, expect, it } from "vitest";
import { suggestEntities } from "./entities";
import type { Chunk } from "./types";

/** The chunks the library would report for `text`: each name at its next place after the last. */
function chunksOf(text: string, ...found: [name: string, tags?: string[]][]): Chunk[] {
  let from = 0;
  return found.map(([name, tags = []]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`"${name}" is not in the text after ${from}`);
    from = start + name.length;
    const initial = start === 0 || /[.!?]\s+$/u.test(text.slice(0, start));
    return { name, start, end: from, tags, initial };
  });
}

function entities(text: string, ...found: [name: string, tags?: string[]][]) {
  return suggestEntities(text, chunksOf(text, ...found)).map((e) => [
    e.name,
    e.kind,
    e.aliases,
    e.mentions.map((m) => [m.start, m.end]),
  ]);
}

describe("suggestEntities", () => {
  it("gathers a first name under the person it belongs to", () => {
    const text = "Mira Holt runs the bakery. Mira bakes.";
    expect(entities(text, ["Mira Holt", ["Person"]], ["Mira", ["Person"]])).toEqual([
      [
        "Mira Holt",
        "person",
        ["Mira", "Holt"],
        [
          [0, 9],
          [27, 31],
        ],
      ],
    ]);
  });

  it("gathers the last two of three names under the full name, the surname too", () => {
    const text = "Mary Ann Holt runs the bakery. Ann Holt bakes.";
    expect(entities(text, ["Mary Ann Holt", ["Person"]], ["Ann Holt", ["Person"]])).toEqual([
      [
        "Mary Ann Holt",
        "person",
        ["Ann Holt", "Holt"],
        [
          [0, 13],
          [31, 39],
        ],
      ],
    ]);
  });

  it("keeps apart two people who share only a first name", () => {
    const text = "Mary Ann Holt met Mary Lee.";
    expect(entities(text, ["Mary Ann Holt", ["Person"]], ["Mary Lee", ["Person"]])).toEqual([
      ["Mary Ann Holt", "person", ["Holt"], [[0, 13]]],
      ["Mary Lee", "person", ["Lee"], [[18, 26]]],
    ]);
  });

  it("keeps a name that only splits over a doubled space together with its shorter form", () => {
    const text = "Anna Mira  Holt spoke. Mira Holt agreed.";
    expect(entities(text, ["Anna Mira  Holt", ["Person"]], ["Mira Holt", ["Person"]])).toEqual([
      [
        "Anna Mira  Holt",
        "person",
        ["Mira Holt", "Holt"],
        [
          [0, 15],
          [23, 32],
        ],
      ],
    ]);
  });

  it("adds up what the library saw at each mention of one name", () => {
    const text = "Bakers like Holt. Holt bakes. Fans of Holt agree.";
    expect(entities(text, ["Holt"], ["Holt", ["Person"]], ["Holt"])).toEqual([
      [
        "Holt",
        "person",
        [],
        [
          [12, 16],
          [18, 22],
          [38, 42],
        ],
      ],
    ]);
  });

  it("drops a lone untagged word that only ever opens a sentence", () => {
    const text = "Flight data shows delays at Old Mill. Holt said so.";
    expect(entities(text, ["Flight"], ["Old Mill"], ["Holt", ["Person"]])).toEqual([
      ["Old Mill", "organization", [], [[28, 36]]],
      ["Holt", "person", [], [[38, 42]]],
    ]);
  });

  it("keeps a word that opens a sentence when it also stands mid-sentence", () => {
    const text = "Amazon sells books. Shoppers like Amazon.";
    expect(entities(text, ["Amazon"], ["Amazon"])).toEqual([
      [
        "Amazon",
        "organization",
        [],
        [
          [0, 6],
          [34, 40],
        ],
      ],
    ]);
  });

  it("keeps a surname two people share apart, and gives it to neither", () => {
    const text = "Mira Holt and Jon Holt run the bakery. Holt said so.";
    expect(
      entities(text, ["Mira Holt", ["Person"]], ["Jon Holt", ["Person"]], ["Holt", ["Person"]]),
    ).toEqual([
      ["Mira Holt", "person", [], [[0, 9]]],
      ["Jon Holt", "person", [], [[14, 22]]],
      ["Holt", "person", [], [[39, 43]]],
    ]);
  });

  it("gives no surname alias that another name holds as a word", () => {
    const text = "Mira Holt runs Holt Bakery.";
    expect(entities(text, ["Mira Holt", ["Person"]], ["Holt Bakery"])).toEqual([
      ["Mira Holt", "person", [], [[0, 9]]],
      ["Holt Bakery", "organization", [], [[15, 26]]],
    ]);
  });

  it("gathers a last word under the one longer name ending with it, with what the library saw", () => {
    const text = "Jack Michael Sweeney tracks jets. Fans of Sweeney agree.";
    expect(entities(text, ["Jack Michael Sweeney"], ["Sweeney", ["Person"]])).toEqual([
      [
        "Jack Michael Sweeney",
        "person",
        ["Sweeney"],
        [
          [0, 20],
          [42, 49],
        ],
      ],
    ]);
  });

  it("proposes a short name met before the full one only under the full one", () => {
    const text = "Holt said so. Mira Holt runs the bakery.";
    expect(entities(text, ["Holt", ["Person"]], ["Mira Holt", ["Person"]])).toEqual([
      [
        "Mira Holt",
        "person",
        ["Holt"],
        [
          [0, 4],
          [14, 23],
        ],
      ],
    ]);
  });

  it("orders by and reads the kind at each name's first mention, even one the library missed", () => {
    const text = "Flights to Tromsø rose. Old Mill hired Holt, who says Tromsø is cold.";
    expect(entities(text, ["Old Mill"], ["Holt"], ["Tromsø"])).toEqual([
      [
        "Tromsø",
        "place",
        [],
        [
          [11, 17],
          [54, 60],
        ],
      ],
      ["Old Mill", "organization", [], [[24, 32]]],
      ["Holt", "person", [], [[39, 43]]],
    ]);
  });

  it("proposes no name that never stands as a whole word in the text", () => {
    expect(entities("Holtby bakes.", ["Holt", ["Person"]])).toEqual([]);
  });
});

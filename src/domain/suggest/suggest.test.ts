import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BAKERY_TEXT } from "../../../tests/helpers/bakeryDraft";
import { suggest } from "./index";

const ARTICLE = readFileSync("data/article.txt", "utf8");
const NORDIC =
  "Zoë Ångström, CEO of Ålesund Fisk AS, met Jürgen Müller in Tromsø on 3 March 2024. Ångström said the deal was likely. Müller’s office declined to comment.";

describe("suggest", () => {
  it("proposes the bakery's actors with kinds, aliases and every mention", () => {
    const { entities, dates } = suggest(BAKERY_TEXT, "2025-03-14");
    expect(entities.map((e) => [e.name, e.kind, e.aliases, e.mentions])).toEqual([
      [
        "Mira Holt",
        "person",
        ["Holt"],
        [
          { start: 17, end: 26 },
          { start: 92, end: 96 },
        ],
      ],
      ["Corner Bakery", "organization", [], [{ start: 41, end: 54 }]],
      ["Old Mill", "organization", [], [{ start: 82, end: 90 }]],
      ["Green Fields Co-op", "organization", [], [{ start: 189, end: 207 }]],
    ]);
    expect(dates).toEqual([
      { text: "January 2025", start: 3, end: 15, date: "2025-01" },
      { text: "March 2025", start: 143, end: 153, date: "2025-03" },
    ]);
  });

  it("keeps non-ASCII names intact and gathers surnames under them", () => {
    const { entities, dates } = suggest(NORDIC, "2025-01-01");
    expect(entities.map((e) => [e.name, e.kind, e.aliases, e.mentions.length])).toEqual([
      ["Zoë Ångström", "person", ["Ångström"], 2],
      ["Ålesund Fisk AS", "organization", [], 1],
      ["Jürgen Müller", "person", ["Müller"], 2],
      ["Tromsø", "place", [], 1],
    ]);
    const [zoe] = entities;
    expect(zoe?.mentions.map((m) => NORDIC.slice(m.start, m.end))).toEqual([
      "Zoë Ångström",
      "Ångström",
    ]);
    expect(dates).toEqual([{ text: "3 March 2024", start: 69, end: 81, date: "2024-03-03" }]);
  });

  it("finds the article's key actors, Bezos and Trump under their full names", () => {
    const { entities } = suggest(ARTICLE, "2025-07-20");
    const byName = new Map(entities.map((e) => [e.name, e]));
    for (const name of [
      "Amazon",
      "Jeff Bezos",
      "Donald Trump",
      "White House",
      "Elon Musk",
      "SpaceX",
      "Blue Origin",
      "Project Kuiper",
      "Starlink",
      "Tesla",
      "Washington Post",
      "Dave Limp",
      "Jack Sweeney",
      "CNBC",
    ]) {
      expect(byName.has(name), name).toBe(true);
    }
    expect(byName.get("Jeff Bezos")?.aliases).toEqual(["Bezos"]);
    expect(byName.get("Donald Trump")?.aliases).toEqual(["Trump"]);
    expect(byName.get("Project Kuiper")?.kind).toBe("program");
    expect(byName.get("Washington Post")?.kind).toBe("media");
    expect(
      byName.get("Jeff Bezos")?.mentions.every((m) => /Bezos/.test(ARTICLE.slice(m.start, m.end))),
    ).toBe(true);
    expect(byName.has("Bezos")).toBe(false);
    expect(byName.has("January")).toBe(false);
  });

  it("keeps a name's capitalised first word at the start of a sentence", () => {
    const text =
      "Mira Holt runs the bakery.\nOld Mill sells flour. The Corner Bakery buys it. In March it rained.";
    expect(suggest(text, "2025-01-01").entities.map((e) => e.name)).toEqual([
      "Mira Holt",
      "Old Mill",
      "Corner Bakery",
    ]);
  });

  it("proposes nothing for a text without names", () => {
    expect(
      suggest("the bakery bought flour. then it rained for a week.", "2025-01-01").entities,
    ).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { nameChunks, parse, textDates } from "./nlp";

const namesIn = (text: string) => nameChunks(parse(text).doc, text).map((c) => c.name);
const datesIn = (text: string) => textDates(parse(text).dated, text, "2025-03-14");

describe("nameChunks", () => {
  it.each([
    ["Holt sold DVDs.", ["Holt"]],
    ["Holt sold SEVEN loaves.", ["Holt"]],
    ["Sales peak at CHRISTMAS, Holt said.", ["Holt"]],
    ["The sale ends in MARCH.", []],
    ["Holt said WE left.", ["Holt"]],
    ["BREAKING: Holt quits.", ["Holt"]],
  ])("takes no word in capitals that is no name: %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it.each([
    ["They met in Mayfair and Augusta.", ["Mayfair", "Augusta"]],
    ["Donations rose on GivingTuesday.", ["GivingTuesday"]],
    ["Priya D'souza met Holt.", ["Priya D'souza", "Holt"]],
    [
      "The well-known Old Mill sells flour to Green Fields Co-op.",
      ["Old Mill", "Green Fields Co-op"],
    ],
  ])(
    "keeps a name that starts with a month, ends with a weekday or holds an apostrophe or a hyphen: %j",
    (text, names) => {
      expect(namesIn(text)).toEqual(names);
    },
  );

  it.each([
    ["The Corner Bakery buys flour.", ["Corner Bakery"]],
    ["From Tromsø the boats sail.", ["Tromsø"]],
    ["But Holt refused.", ["Holt"]],
    ["Meanwhile Holt refused.", ["Holt"]],
    ["Ask Holt about it.", ["Holt"]],
    ["Why Holt quit matters.", ["Holt"]],
    ["Three Old Mill workers quit.", ["Old Mill"]],
    ["bakers Mira Holt and Jon Lee met.", ["Mira Holt", "Jon Lee"]],
    ["Flour, Mira Holt said, costs more.", ["Mira Holt"]],
  ])("leaves out a first word that is no part of the name after it: %j", (text, names) => {
    expect(namesIn(text)).toEqual(names);
  });

  it("cuts a possessive off the name, offsets and all", () => {
    const text = "Holt met Jürgen Müller’s team.";
    expect(nameChunks(parse(text).doc, text)).toEqual([
      { name: "Holt", start: 0, end: 4, tags: ["Person"], initial: true },
      { name: "Jürgen Müller", start: 9, end: 22, tags: ["Person"], initial: false },
    ]);
  });

  it("says what the library saw at either end of the name and whether it opens the sentence", () => {
    const text = "Mary Ann Holt runs Paris Bakery and Google in Paris.";
    expect(nameChunks(parse(text).doc, text)).toEqual([
      { name: "Mary Ann Holt", start: 0, end: 13, tags: ["Person"], initial: true },
      { name: "Paris Bakery", start: 19, end: 31, tags: ["Place"], initial: false },
      { name: "Google", start: 36, end: 42, tags: ["Organization"], initial: false },
      { name: "Paris", start: 46, end: 51, tags: ["Place"], initial: false },
    ]);
  });
});

describe("textDates", () => {
  it.each([
    ["2024", [{ text: "2024", start: 0, end: 4, date: "2024" }]],
    ["Founded in 2019, Old Mill grew.", [{ text: "2019", start: 11, end: 15, date: "2019" }]],
    ["Prices rose in March 2024...", [{ text: "March 2024", start: 15, end: 25, date: "2024-03" }]],
    [
      "Holt left on  3 March 2024.",
      [{ text: "3 March 2024", start: 14, end: 26, date: "2024-03-03" }],
    ],
    // Within one day, at a time of day: the day.
    [
      "Holt called 3 March at noon.",
      [{ text: "3 March at noon", start: 12, end: 27, date: "2025-03-03" }],
    ],
  ])("finds the date in %j", (text, dates) => {
    expect(datesIn(text)).toEqual(dates);
  });

  it.each(["Holt left last week.", "Holt worked from Monday to Friday."])(
    "proposes no date for a span longer than a day that is no month or year: %j",
    (text) => {
      expect(datesIn(text)).toEqual([]);
    },
  );
});

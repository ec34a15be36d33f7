import { describe, expect, it } from "vitest";
import type { NodeKind } from "../model/types";
import { guessKind } from "./kind";

type Row = [string, string, string, string[], NodeKind];

describe("guessKind", () => {
  it.each<Row>([
    ["US Senate", "", "", [], "government"],
    ["Heathrow Airport", "", "", [], "place"],
    // A place word that starts the name is part of a title, not what the name is.
    ["Island Records", "", "", [], "organization"],
    // An organisation word that does not end the name is no legal form.
    ["Union Square", "", "", [], "place"],
  ])("reads the name %j", (name, before, after, tags, kind) => {
    expect(guessKind(name, before, after, tags)).toBe(kind);
  });

  it.each<Row>([
    ["Holt", "", ", who runs the bakery", [], "person"],
    ["Holt", "", " said the mill", [], "person"],
    ["Holt", "", ",\r\nwho runs the bakery", [], "person"],
    ["Holt", "", "\r\nsaid the mill", [], "person"],
    ["Holt", "Mr ", "", [], "person"],
    ["Holt", "Ms ", "", [], "person"],
    ["Holt", "Mrs ", "", [], "person"],
    ["Holt", "Dr ", "", [], "person"],
    ["Holt", "Senator ", "", [], "person"],
    ["Holt", "Senator\r\n", "", [], "person"],
    ["Tromsø", "", "", ["Place"], "place"],
    ["Tromsø", "flights to\r\n", "", [], "place"],
    ["Amazon", "Bezos, founder of ", "", ["Person"], "organization"],
    ["Amazon", "owner of the ", "", ["Person"], "organization"],
    ["Amazon", "CEO of\r\n", "", ["Person"], "organization"],
    ["Amazon", "head of the\r\n", "", ["Person"], "organization"],
  ])("reads %j from %j before it, %j after it and tags %j", (name, before, after, tags, kind) => {
    expect(guessKind(name, before, after, tags)).toBe(kind);
  });

  it.each<Row>([
    // The cues hold only right next to the name, not anywhere in the window around it.
    ["Amazon", "", " and Holt, who said", [], "organization"],
    ["Tromsø", "the founder flew to ", "", [], "place"],
    ["Amazon", "Prices in town rose at ", "", [], "organization"],
    ["Holt", "the CEO of Old Mill met ", "", ["Person"], "person"],
    ["Blue Origin", "", "", [], "organization"],
  ])("finds no cue for %j in %j before it or %j after it", (name, before, after, tags, kind) => {
    expect(guessKind(name, before, after, tags)).toBe(kind);
  });
});

import { describe, expect, it } from "vitest";
import { kindOf, stanceOf } from "./vocab";

describe("kindOf", () => {
  it.each([
    [undefined, undefined],
    ["person", "person"],
    ["  Government ", "government"],
    ["ASSET", "asset"],
    ["Politician", "person"],
    ["NGO", "organization"],
    ["news outlet", "media"],
    ["State agency", "government"],
    ["programme", "program"],
    ["Election", "event"],
    ["City", "place"],
    ["satellite", "asset"],
    ["widget", undefined],
    ["", undefined],
  ] as const)("%j → %j", (value, kind) => {
    expect(kindOf(value)).toBe(kind);
  });
});

describe("stanceOf", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["   ", undefined],
    ["supports", "alliance"],
    [" +1 ", "alliance"],
    ["+", "alliance"],
    ["Rivalry", "rivalry"],
    ["-2", "rivalry"],
    ["neutral", "neutral"],
    [" Neutral ", "neutral"],
    ["NEUTRAL", "neutral"],
    ["neutrality", undefined],
    ["not neutral", undefined],
    ["funds", undefined],
  ] as const)("%j → %j", (value, stance) => {
    expect(stanceOf(value)).toBe(stance);
  });
});

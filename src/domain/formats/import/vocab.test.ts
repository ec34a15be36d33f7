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
    ["Program office", "program"],
    ["Organisation", "organization"],
    ["Nonprofit organization", "organization"],
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
    // Each stem on its own and with a longer ending, so neither half of `stem\w*` can go.
    ["support", "alliance"],
    ["friend", "alliance"],
    ["partner", "alliance"],
    ["partnership", "alliance"],
    ["cooperation", "alliance"],
    ["collaboration", "alliance"],
    ["agree", "alliance"],
    ["agreement", "alliance"],
    ["enemies", "rivalry"],
    ["conflicting", "rivalry"],
    ["hostility", "rivalry"],
    ["competitor", "rivalry"],
    ["feuding", "rivalry"],
    ["attacking", "rivalry"],
    // A sign counts only as the whole value.
    ["C++", undefined],
    ["+2 points", undefined],
    ["x-1", undefined],
    ["-1 vote", undefined],
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

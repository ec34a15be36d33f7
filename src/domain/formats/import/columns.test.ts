import { describe, expect, it } from "vitest";
import { fieldName, guessMapping, type Mapping } from "./columns";

describe("guessMapping", () => {
  it("maps every known name, and ignores the rest", () => {
    expect(
      guessMapping([
        "Name",
        "Category",
        "Sign",
        "Interaction",
        "Start Date",
        "until",
        "Evidence",
        "Notes",
        "Colour",
        "Date",
        "x",
        "Weight",
      ]),
    ).toEqual({
      Name: "label",
      Category: "kind",
      Sign: "stance",
      Interaction: "relation",
      "Start Date": "start",
      until: "end",
      Evidence: "quote",
      Notes: "ignore",
      Colour: "ignore",
      Date: "ignore",
      x: "ignore",
      Weight: "ignore",
    });
  });

  it("reads an Id column as the label in a list of elements", () => {
    expect(guessMapping(["Id", "Source"])).toEqual({ Id: "label", Source: "source" });
    expect(guessMapping(["Key", "Target"])).toEqual({ Key: "label", Target: "target" });
  });

  it("leaves an Id column beside a Label column as the key, not the name (Gephi's node table)", () => {
    expect(guessMapping(["Id", "Label", "Type"])).toEqual({
      Id: "ignore",
      Label: "label",
      Type: "kind",
    });
    expect(guessMapping(["name", "uid"])).toEqual({ name: "label", uid: "ignore" });
  });

  it("leaves out an Id column in a list of relationships, where it names the row", () => {
    expect(guessMapping(["Id", "From", "To", "Label"])).toEqual({
      Id: "ignore",
      From: "source",
      To: "target",
      Label: "label",
    });
  });

  it("maps no headers to nothing", () => {
    expect(guessMapping([])).toEqual({});
  });
});

describe("fieldName", () => {
  const mapping: Mapping = {
    From: "source",
    Category: "kind",
    Kind: "kind",
    Weight: "stance",
    Group: "label",
    Name: "kind",
    Type: "relation",
    Notes: "ignore",
    Actor: "source",
    Counterpart: "target",
    When: "start",
    Till: "end",
    Excerpt: "quote",
  };

  it.each([
    ["Anything", undefined, "Anything"],
    ["Label", undefined, "Label"],
    ["Unmapped", mapping, "Unmapped"],
    ["Notes", mapping, undefined],
    ["From", mapping, "From"],
    ["Kind", mapping, "Kind"],
    ["Category", mapping, "Category"],
    ["Weight", mapping, "stance"],
    ["Group", mapping, "label"],
    ["Name", mapping, "kind"],
    ["Type", mapping, "relation"],
    ["Actor", mapping, "source"],
    ["Counterpart", mapping, "target"],
    ["When", mapping, "start"],
    ["Till", mapping, "end"],
    ["Excerpt", mapping, "quote"],
  ] as const)("reads %j under %j", (name, map, field) => {
    expect(fieldName(name, map)).toBe(field);
  });
});

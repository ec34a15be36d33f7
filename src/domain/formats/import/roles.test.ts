import { describe, expect, it } from "vitest";
import { normalise, roleOf } from "./roles";

describe("normalise", () => {
  it.each([
    ["Start Date", "startdate"],
    ["start_date", "startdate"],
    ["START-DATE", "startdate"],
    [" shared \t name ", "sharedname"],
    ["a -_ b", "ab"],
    ["node1", "node1"],
  ])("%j → %j", (name, normal) => {
    expect(normalise(name)).toBe(normal);
  });
});

describe("roleOf", () => {
  it.each([
    ["Id", "id"],
    ["Node ID", "id"],
    ["shared name", "label"],
    ["Display-Name", "label"],
    ["Element Type", "type"],
    ["Bio", "summary"],
    ["From Date", "start"],
    ["start_time", "start"],
    ["To Date", "end"],
    ["Timestamp", "date"],
    ["From", "source"],
    ["Node 1", "source"],
    ["To", "target"],
    ["tail", "target"],
    ["Connection Type", "stance"],
    ["Shared Interaction", "relation"],
    ["Citation", "quote"],
    ["Colour", "color"],
    ["X", "x"],
    ["y", "y"],
    ["Weight", undefined],
    ["", undefined],
  ])("%j plays %j", (name, role) => {
    expect(roleOf(name)).toBe(role);
  });
});

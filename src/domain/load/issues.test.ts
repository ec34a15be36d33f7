import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { issuesToProblems } from "./issues";
import { formatProblem, parseGraphText } from "./load";
import { makeGraphDoc, makeNodeDoc, toText } from "../../../tests/fixtures/factory";

/** The problems of a file, formatted the way the validate CLI prints them. */
const problemsOf = (doc: unknown) => parseGraphText(toText(doc)).problems.map(formatProblem);

const withAlice = (fields: Record<string, unknown>) =>
  makeGraphDoc({ nodes: [makeNodeDoc("alice", fields), makeNodeDoc("bob")] });

describe("schema issues in the editors' words", () => {
  it.each([
    [
      "a colour that is not #rrggbb (not called a date)",
      withAlice({ color: "red" }),
      'error nodes[0].color: "red" is not a colour in the form #rrggbb — fix: write the colour like #1f77b4, or remove color',
    ],
    [
      "a position given as text",
      withAlice({ position: { x: "1", y: 2 } }),
      'error nodes[0].position.x: expected a number, got "1" — fix: write x as a number',
    ],
    [
      "a node that is not an object, named by its list",
      makeGraphDoc({ nodes: ["x", makeNodeDoc("alice"), makeNodeDoc("bob")] }),
      'error nodes[0]: expected an object in { }, got "x" — fix: write nodes as an object in { }',
    ],
    [
      "a source that is not an object",
      makeGraphDoc({ source: "text" }),
      'error source: expected an object in { }, got "text" — fix: write source as an object in { }',
    ],
    [
      "a story reference that is not text, named by its list",
      makeGraphDoc({ story: [{ title: "t", nodes: [5], edges: [] }] }),
      "error story[0].nodes[0]: expected text in double quotes, got 5 — fix: write nodes as text in double quotes",
    ],
    [
      "an empty label",
      withAlice({ label: "" }),
      "error nodes[0].label: must not be empty — fix: write some text for label",
    ],
  ])("reports %s", (_, doc, expected) => {
    expect(problemsOf(doc)).toEqual([expected]);
  });

  it('calls a value whose path names no field "value"', () => {
    const issue = {
      code: "invalid_type",
      expected: "object",
      input: 5,
      path: [0],
      message: "Invalid input",
    } as z.core.$ZodIssue;
    expect(issuesToProblems([issue], false).map(formatProblem)).toEqual([
      "error [0]: expected an object in { }, got 5 — fix: write value as an object in { }",
    ]);
  });
});

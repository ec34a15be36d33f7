import type { z } from "zod";
import { describeValue, error, problem } from "./problems";
import { CREDENTIALS } from "./schema";
import type { Problem } from "../model/types";

// Zod's own messages ("Invalid input: expected string, received undefined") are written for
// programmers; the people editing graph files are journalists, so every issue is reworded here.

const EXPECTED: Record<string, string> = {
  string: "text in double quotes",
  number: "a number",
  boolean: "true or false",
  array: "a list in [ ]",
  object: "an object in { }",
};

const expected = (type: string): string => EXPECTED[type] ?? type;

const DOCS = "see docs/data-format.md";

function fieldName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((key) => typeof key === "string");
  return typeof last === "string" ? last : "value";
}

function rephrase(issue: z.core.$ZodIssue, strict: boolean): Problem[] {
  const { path } = issue;
  const field = fieldName(path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        problem(
          strict ? "error" : "warning",
          [...path, key],
          `unknown field ${describeValue(key)}`,
          "check its spelling against docs/data-format.md, or remove it",
        ),
      );
    case "invalid_type":
      if (issue.input === undefined) {
        return [
          error(
            path,
            `missing required field "${field}"`,
            `add "${field}" as ${expected(issue.expected)}`,
          ),
        ];
      }
      return [
        error(
          path,
          `expected ${expected(issue.expected)}, got ${describeValue(issue.input)}`,
          `write ${field} as ${expected(issue.expected)}`,
        ),
      ];
    case "invalid_value": {
      const allowed = issue.values.map(String).join(", ");
      // zod reports a missing enum field as a wrong value; "unknown kind undefined" helps nobody.
      if (issue.input === undefined) {
        return [
          error(path, `missing required field "${field}"`, `add "${field}": one of ${allowed}`),
        ];
      }
      return [
        error(
          path,
          `unknown ${field} ${describeValue(issue.input)} — allowed: ${allowed}`,
          "use one of the allowed values",
        ),
      ];
    }
    case "too_small":
      if (issue.origin === "array") {
        return [error(path, `needs at least ${issue.minimum} entries`, "add the missing entries")];
      }
      return [error(path, "must not be empty", `write some text for ${field}`)];
    case "invalid_format":
      if (issue.format === "url") {
        return [
          error(
            path,
            `${describeValue(issue.input)} is not an http: or https: address`,
            "use a web address starting with https://, or remove url",
          ),
        ];
      }
      // Colours and dates are the schema's two patterns.
      if (issue.format === "regex" && field === "color") {
        return [
          error(
            path,
            `${describeValue(issue.input)} is not a colour in the form #rrggbb`,
            "write the colour like #1f77b4, or remove color",
          ),
        ];
      }
      if (issue.format === "regex") {
        return [
          error(
            path,
            `${describeValue(issue.input)} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`,
            "write the date like 2025-07-14, 2025-07 or 2025",
          ),
        ];
      }
      return [error(path, issue.message, DOCS)];
    case "custom":
      if (issue.message === CREDENTIALS) {
        return [error(path, issue.message, "remove the user:password@ part from the address")];
      }
      return [error(path, issue.message, `write some text for ${field}`)];
    default:
      return [error(path, issue.message, DOCS)];
  }
}

/** Our problems for zod's issues; one per JSON path, since a second complaint about the same value is noise. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], strict: boolean): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const issue of issues) {
    for (const p of rephrase(issue, strict)) {
      if (seen.has(p.path)) continue;
      seen.add(p.path);
      out.push(p);
    }
  }
  return out;
}

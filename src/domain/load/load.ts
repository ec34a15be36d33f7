import type { z } from "zod";
import { buildGraph, guarded } from "./build";
import type { LoadOptions } from "./build";
import { checkAliases } from "./aliases";
import { checkDocument } from "./checks";
import { checkEnvelope } from "./envelope";
import { issuesToProblems } from "./issues";
import { parseJson } from "./json";
import { describeValue, error, hasErrors } from "./problems";
import { field, isObject } from "./raw";
import { graphDocumentSchema, type GraphDocument } from "./schema";
import type { LoadResult, Problem } from "../model/types";

export { buildGraph } from "./build";
export { formatProblem } from "./problems";
export type { GraphDocument } from "./schema";

export type { LoadOptions } from "./build";

export type ParseResult =
  { ok: true; doc: GraphDocument; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Unknown fields are only warnings in a lenient load; drop them so the schema accepts the rest. */
function dropUnknownFields(raw: unknown, issues: readonly z.core.$ZodIssue[]): void {
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    let owner: unknown = raw;
    for (const key of issue.path) {
      owner = Array.isArray(owner) ? owner[Number(key)] : field(owner, String(key));
    }
    if (isObject(owner)) for (const key of issue.keys) delete owner[key];
  }
}

/** Text → checked file shape: everything that can be judged without the source text. */
export function parseGraphText(text: string, options: LoadOptions = {}): ParseResult {
  const json = guarded(
    () => parseJson(text),
    (problem) => ({ ok: false as const, problem }),
  );
  return json.ok
    ? checkGraphValue(json.value, options, json.warnings)
    : { ok: false, problems: [json.problem] };
}

/**
 * A parsed JSON value (from a file with its parsing `warnings`, or an importer's output) →
 * checked file shape.
 */
export function checkGraphValue(
  value: unknown,
  options: LoadOptions = {},
  warnings: Problem[] = [],
): ParseResult {
  return guarded<ParseResult>(
    () => {
      const json = { value, warnings };
      const envelope = checkEnvelope(json.value);
      if (envelope.length > 0) return { ok: false, problems: envelope };
      const strict = options.strict ?? false;
      const first = graphDocumentSchema.safeParse(json.value, { reportInput: true });
      const zodProblems = first.success ? [] : issuesToProblems(first.error.issues, strict);
      // concat, not push(...): spreading 100,000 problems as arguments overflows the stack.
      const problems = json.warnings.concat(
        zodProblems,
        checkDocument(json.value),
        checkAliases(json.value),
      );
      if (hasErrors(problems)) return { ok: false, problems };
      if (first.success) return { ok: true, doc: first.data, problems };
      dropUnknownFields(json.value, first.error.issues);
      const second = graphDocumentSchema.safeParse(json.value, { reportInput: true });
      if (second.success) return { ok: true, doc: second.data, problems };
      return { ok: false, problems: problems.concat(issuesToProblems(second.error.issues, true)) };
    },
    (p) => ({ ok: false, problems: [p] }),
  );
}

/**
 * A document an importer's builder made, which keeps to the schema by construction (see
 * formats/import/builder.test.ts): the loader's own checks (envelope, ids, references, dates,
 * evidence) run; the schema's pass, which copies every field of a 20k-element graph, does not.
 */
export function checkBuiltDocument(doc: GraphDocument): ParseResult {
  return guarded<ParseResult>(
    () => {
      const problems = checkEnvelope(doc).concat(checkDocument(doc));
      return hasErrors(problems) ? { ok: false, problems } : { ok: true, doc, problems };
    },
    (p) => ({ ok: false, problems: [p] }),
  );
}

export interface LoadGraphOptions extends LoadOptions {
  /** Returns the text of `source.textFile` (a path relative to the graph file), or undefined. */
  readTextFile?: (path: string) => string | undefined;
}

/** Text → graph in one synchronous step. Never throws; `ok: false` means at least one error. */
export function loadGraph(text: string, options: LoadGraphOptions = {}): LoadResult {
  // Parse leniently so that unknown fields do not hide the quote check; strict mode then counts
  // them (the only warnings parsing gives) as errors.
  const parsed = parseGraphText(text);
  if (!parsed.ok) return parsed;
  const parseProblems = options.strict
    ? parsed.problems.map((p) => ({ ...p, severity: "error" as const }))
    : parsed.problems;
  const { textFile } = parsed.doc.source;
  const sourceText =
    parsed.doc.source.text ??
    guarded(
      () => (textFile === undefined ? undefined : options.readTextFile?.(textFile)),
      () => undefined,
    );
  if (sourceText === undefined) {
    const message = `could not read the source text file ${describeValue(textFile ?? "")}`;
    const fix = 'put the article inline as "source.text" instead of "textFile"';
    return { ok: false, problems: [...parseProblems, error(["source", "textFile"], message, fix)] };
  }
  const built = buildGraph(parsed.doc, sourceText, options);
  const problems = [...parseProblems, ...built.problems];
  return built.ok && !hasErrors(problems) ? { ...built, problems } : { ok: false, problems };
}

import { printParseErrorCode, visit, type ParseErrorCode } from "jsonc-parser";
import { describeValue, error, warning } from "./problems";
import type { Problem } from "../model/types";

/** A graph file needs about five levels; anything near this is a runaway, and deep input would overflow recursion later. */
export const MAX_DEPTH = 64;

// Keyed by name: jsonc-parser's codes are a const enum, which isolated modules cannot read.
const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a field name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected a colon (:) after the field name",
  CommaExpected: "expected a comma between items",
  CloseBraceExpected: "expected } to close the object",
  CloseBracketExpected: "expected ] to close the list",
  EndOfFileExpected: "unexpected text after the end of the JSON",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "text in quotes is not closed",
  UnexpectedEndOfNumber: "invalid number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid backslash escape",
  InvalidCharacter: "a tab or line break inside quotes (write \\t or \\n instead)",
};

/** 1-based line and column (in UTF-16 units) of an offset; \n, \r\n and \r all end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const at = (text: string, offset: number): string => {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
};

/** Offset where brackets first nest deeper than MAX_DEPTH, found without recursion; -1 if they never do. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      // jsonc-parser ends a string at a line break too; agreeing with it keeps its recursion bounded.
      if (ch === "\\") i++;
      else if (ch === '"' || ch === "\n" || ch === "\r") inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") {
      if (++depth > MAX_DEPTH) return i;
    } else if (ch === "}" || ch === "]") depth--;
  }
  return -1;
}

function syntaxProblem(text: string, fallback: string): Problem {
  const found: { code: ParseErrorCode; offset: number }[] = [];
  try {
    visit(
      text,
      { onError: (code, offset) => found.push({ code, offset }) },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch {
    // Locating the error is a courtesy; the fallback message below still reports it.
  }
  const first = found[0];
  const fix = "correct the JSON at that spot (a JSON linter or editor will highlight it)";
  if (!first) {
    const position = /position (\d+)/.exec(fallback)?.[1];
    const where = position === undefined ? "" : ` at ${at(text, Number(position))}`;
    return error([], `invalid JSON${where}: ${fallback}`, fix);
  }
  const { code, offset } = first;
  const before = text.slice(0, offset).trimEnd();
  const closer = text[offset];
  if ((closer === "}" || closer === "]") && before.endsWith(",")) {
    const comma = before.length - 1;
    return error(
      [],
      `invalid JSON at ${at(text, comma)}: trailing comma before "${closer}"`,
      "remove the comma after the last item",
    );
  }
  if (closer === "'") {
    return error(
      [],
      `invalid JSON at ${at(text, offset)}: single quotes`,
      'use double quotes (") around text',
    );
  }
  return error(
    [],
    `invalid JSON at ${at(text, offset)}: ${SYNTAX[printParseErrorCode(code)] ?? "syntax error"}`,
    fix,
  );
}

export type JsonResult =
  { ok: true; value: unknown; warnings: Problem[] } | { ok: false; problem: Problem };

/**
 * JSON.parse keeps the last of two equal keys without a word, so a field written twice (a
 * half-edited label) silently changes meaning: each repeat is reported where it stands.
 */
export function duplicateKeys(text: string): Problem[] {
  const found: Problem[] = [];
  const open: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (name, _offset, _length, _line, _column, pathSupplier) => {
      const keys = open.at(-1);
      if (keys === undefined) return;
      if (!keys.has(name)) return void keys.add(name);
      const message = `field ${describeValue(name)} is written twice in the same object; the last one is used`;
      found.push(warning([...pathSupplier(), name], message, "remove the copy you do not mean"));
    },
  });
  return found;
}

/** JSON.parse with messages a person can act on: what went wrong and where (line, column). Never throws. */
export function parseJson(input: string): JsonResult {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const head = text.trimStart();
  if (head === "") {
    return { ok: false, problem: error([], "the file is empty", "put the graph JSON in the file") };
  }
  if (head.startsWith("<")) {
    const fix = "check the address points at the .json file itself, not a web page";
    return { ok: false, problem: error([], "this looks like HTML, not JSON", fix) };
  }
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const message = `nesting deeper than ${MAX_DEPTH} levels at ${at(text, deep)}`;
    const fix = "a graph file needs only a few levels of [ ] and { }; look for runaway brackets";
    return { ok: false, problem: error([], message, fix) };
  }
  try {
    const value = JSON.parse(text) as unknown;
    return { ok: true, value, warnings: duplicateKeys(text) };
  } catch (e) {
    return { ok: false, problem: syntaxProblem(text, e instanceof Error ? e.message : String(e)) };
  }
}

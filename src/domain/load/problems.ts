import type { Problem, Severity } from "../model/types";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `["nodes", 2, "kind"]` → `nodes[2].kind`; odd keys are quoted: `nodes[0]["my field"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export const problem = (
  severity: Severity,
  path: readonly PropertyKey[],
  message: string,
  fix: string,
): Problem => ({ severity, path: formatPath(path), message, fix });

export const error = (path: readonly PropertyKey[], message: string, fix: string): Problem =>
  problem("error", path, message, fix);

export const warning = (path: readonly PropertyKey[], message: string, fix: string): Problem =>
  problem("warning", path, message, fix);

/** `error edges[3].target: unknown node "muskk" — fix: …` */
export function formatProblem(p: Problem): string {
  const where = p.path === "" ? "" : ` ${p.path}`;
  const fix = p.fix ? ` — fix: ${p.fix}` : "";
  return `${p.severity}${where}: ${p.message}${fix}`;
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === "error");

/** Shows a value in a message without flooding the terminal with a whole object. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  return String(value);
}

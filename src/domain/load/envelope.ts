import { describeValue, error } from "./problems";
import { field, isObject } from "./raw";
import { FORMAT_NAME, FORMAT_VERSION } from "./schema";
import type { Problem } from "../model/types";

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true/false";
  return typeof value;
}

/**
 * What the file claims to be. If this is wrong, nothing else in it can be judged fairly (a newer
 * version may have fields this app has never heard of), so these problems are reported alone.
 */
export function checkEnvelope(raw: unknown): Problem[] {
  if (!isObject(raw)) {
    const message = `the file must be a JSON object ({ ... }), not ${kindOf(raw)}`;
    return [error([], message, 'start from the example in docs/data-format.md: { "format": ... }')];
  }
  const out: Problem[] = [];
  const format = field(raw, "format");
  if (format === undefined) {
    out.push(error(["format"], 'missing "format"', `add "format": "${FORMAT_NAME}"`));
  } else if (format !== FORMAT_NAME) {
    const message = `format is ${describeValue(format)}, not "${FORMAT_NAME}"`;
    out.push(error(["format"], message, `this app reads "${FORMAT_NAME}" files only`));
  }
  const version = field(raw, "version");
  const fix = `write "version": ${FORMAT_VERSION} (a number, no quotes)`;
  if (version === undefined) {
    out.push(error(["version"], 'missing "version"', `add "version": ${FORMAT_VERSION}`));
  } else if (typeof version === "number" && !(Number.isInteger(version) && version < 1000)) {
    // 1e309 reads as Infinity, 1e100 as a number no format will ever reach.
    const what = Number.isFinite(version) ? describeValue(version) : "a number too large to read";
    const message = `version must be a small whole number (${FORMAT_VERSION}), not ${what}`;
    out.push(error(["version"], message, fix));
  } else if (typeof version === "number" && version > FORMAT_VERSION) {
    const message = `version ${version} is newer than this app supports (${FORMAT_VERSION})`;
    out.push(error(["version"], message, "open it with a newer version of the app"));
  } else if (version !== FORMAT_VERSION) {
    const message = `version must be the number ${FORMAT_VERSION}, not ${describeValue(version)}`;
    out.push(error(["version"], message, fix));
  }
  return out;
}

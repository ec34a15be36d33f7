import { dateSpan } from "../model/dates";
import { derivePeriods } from "../model/periods";
import { describeValue, error } from "./problems";
import { entries, field, isObject, list, suggest, text } from "./raw";
import { PARTIAL_DATE_PATTERN } from "./schema";
import type { Problem } from "../model/types";

type Path = (string | number)[];

const DATE_FIX = "use a date that exists, written YYYY-MM-DD (e.g. 2025-07-14), YYYY-MM or YYYY";

/** Calendar validity and start ≤ end; the schema has already checked the YYYY-MM-DD shape. */
function checkDates(owner: unknown, path: Path, keys: readonly string[], out: Problem[]): void {
  for (const key of keys) {
    const value = text(field(owner, key));
    if (value !== undefined && PARTIAL_DATE_PATTERN.test(value) && !dateSpan(value)) {
      out.push(error([...path, key], `"${value}" is not a real calendar date`, DATE_FIX));
    }
  }
  const start = dateSpan(text(field(owner, "start")) ?? "");
  const end = dateSpan(text(field(owner, "end")) ?? "");
  if (start && end && end.last < start.first) {
    const message = `end ${String(field(owner, "end"))} is before start ${String(field(owner, "start"))}`;
    out.push(error([...path, "end"], message, "swap start and end, or correct one of them"));
  }
}

function checkSource(doc: unknown, out: Problem[]): void {
  const source = field(doc, "source");
  if (!isObject(source)) return;
  const hasText = Object.hasOwn(source, "text");
  const hasFile = Object.hasOwn(source, "textFile");
  if (hasText && hasFile) {
    out.push(error(["source"], 'has both "text" and "textFile"', "keep only one of them"));
  } else if (!hasText && !hasFile) {
    const fix =
      'add the article as "text", or "textFile" naming a text file next to the graph file';
    out.push(error(["source"], 'missing the source text ("text" or "textFile")', fix));
  }
  checkDates(source, ["source"], ["published"], out);
}

/** Registers ids, reporting any already taken; returns where each first appeared. */
function collectIds(
  doc: unknown,
  key: "nodes" | "edges",
  seen: Map<string, string>,
  out: Problem[],
) {
  for (const [item, i] of entries(doc, key)) {
    const id = text(field(item, "id"));
    if (id === undefined) continue;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      const message = `duplicate id ${describeValue(id)} — already used by ${earlier}`;
      out.push(error([key, i, "id"], message, "give every node and edge its own id"));
    } else seen.set(id, `${key}[${i}]`);
  }
}

function idsOf(doc: unknown, key: string): Set<string> {
  const ids = new Set<string>();
  for (const [item] of entries(doc, key)) {
    const id = text(field(item, "id"));
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** "Did you mean" is looked for only while fewer problems than this are listed; thousands get the plain hint. */
export const SUGGESTIONS = 20;

function unknownRef(path: Path, kind: string, id: string, known: Iterable<string>, out: Problem[]) {
  const guess = out.length < SUGGESTIONS ? suggest(id, known) : undefined;
  const hint =
    guess === undefined
      ? `use the id of one of the ${kind}s`
      : `did you mean ${describeValue(guess)}?`;
  out.push(error(path, `unknown ${kind} ${describeValue(id)}`, hint));
}

export const EVIDENCE_FIX =
  'add { "quote": "..." } with a passage copied from the source text; a graph from another tool may say "imported": { "format": "..." } instead';

/** Only a graph that says it came from another tool may have elements with no quote yet. */
function checkEvidence(doc: unknown, out: Problem[]): void {
  if (field(doc, "imported") !== undefined) return;
  for (const key of ["nodes", "edges"] as const) {
    for (const [item, i] of entries(doc, key)) {
      const evidence = field(item, "evidence");
      if (Array.isArray(evidence) && evidence.length === 0) {
        out.push(error([key, i, "evidence"], "needs at least one piece of evidence", EVIDENCE_FIX));
      }
    }
  }
}

/** Everything that needs more than one value at a time: ids, references, date ranges, source text. */
export function checkDocument(doc: unknown): Problem[] {
  const out: Problem[] = [];
  checkSource(doc, out);
  checkEvidence(doc, out);
  const ids = new Map<string, string>();
  collectIds(doc, "nodes", ids, out);
  collectIds(doc, "edges", ids, out);
  const nodeIds = idsOf(doc, "nodes");
  const edgeIds = idsOf(doc, "edges");

  for (const [node, i] of entries(doc, "nodes")) {
    checkDates(node, ["nodes", i], ["date", "start", "end"], out);
  }
  const nodesGiven = Array.isArray(field(doc, "nodes"));
  for (const [edge, i] of entries(doc, "edges")) {
    checkDates(edge, ["edges", i], ["start", "end"], out);
    for (const end of ["source", "target"]) {
      const id = text(field(edge, end));
      if (id !== undefined && nodesGiven && !nodeIds.has(id)) {
        unknownRef(["edges", i, end], "node", id, nodeIds, out);
      }
    }
  }

  const periodIds = new Set<string>();
  for (const [period, i] of entries(doc, "periods")) {
    checkDates(period, ["periods", i], ["start", "end"], out);
    const id = text(field(period, "id"));
    if (id !== undefined && periodIds.has(id)) {
      out.push(
        error(
          ["periods", i, "id"],
          `duplicate period id ${describeValue(id)}`,
          "give every period its own id",
        ),
      );
    }
    if (id !== undefined) periodIds.add(id);
  }
  if (field(doc, "periods") === undefined) {
    const dates = entries(doc, "nodes").map(([n]) => text(field(n, "date")) ?? "");
    for (const period of derivePeriods(dates)) periodIds.add(period.id);
  }

  for (const [step, i] of entries(doc, "story")) {
    for (const [key, kind, set] of [
      ["nodes", "node", nodeIds],
      ["edges", "edge", edgeIds],
    ] as const) {
      list(field(step, key)).forEach((ref, j) => {
        if (typeof ref === "string" && !set.has(ref)) {
          unknownRef(["story", i, key, j], kind, ref, set, out);
        }
      });
    }
    const period = text(field(step, "period"));
    if (period !== undefined && !periodIds.has(period)) {
      unknownRef(["story", i, "period"], "period", period, periodIds, out);
    }
  }
  const opening = text(field(doc, "openingStep"));
  if (opening !== undefined && !periodIds.has(opening)) {
    unknownRef(["openingStep"], "period", opening, periodIds, out);
  }
  return out;
}

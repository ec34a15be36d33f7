import { applyChange } from "./apply";
import { createAnchorer } from "../load/anchor";
import { dateSpan } from "../model/dates";
import type { Change, DraftDocument, DraftEdge } from "./types";

const name = (doc: DraftDocument, id: string) => doc.nodes.find((n) => n.id === id)?.label ?? id;

function dateProblem(start?: string, end?: string, first = "Start"): string | null {
  for (const [field, value] of [
    [first, start],
    ["End", end],
  ] as const) {
    if (value !== undefined && dateSpan(value) === null) {
      return `${field} "${value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-03).`;
    }
  }
  const from = start === undefined ? null : dateSpan(start);
  const to = end === undefined ? null : dateSpan(end);
  return from && to && to.last < from.first ? "End is before Start: swap them or fix one." : null;
}

function edgeProblem(doc: DraftDocument, edge: DraftEdge): string | null {
  const known = new Set(doc.nodes.map((n) => n.id));
  if (!known.has(edge.source)) return "Pick who the relationship is From.";
  if (!known.has(edge.target)) return "Pick who the relationship is To.";
  if (edge.source === edge.target) {
    return `A relationship needs two different entities: "${name(doc, edge.source)}" is both From and To.`;
  }
  if (!edge.relation.trim()) return 'Say what the relationship is, e.g. "buys flour from".';
  return dateProblem(edge.start, edge.end);
}

/**
 * Why the editor should refuse a change, in words for the author, or null when it may go ahead.
 * The file format itself allows some of these (a self-relationship); the editor asks for more.
 */
export function refusal(doc: DraftDocument, change: Change): string | null {
  switch (change.type) {
    case "title":
      return change.title.trim() ? null : "The graph needs a title.";
    case "addNode":
      if (!change.node.label.trim()) return "An entity needs a name.";
      if (doc.nodes.some((n) => n.id === change.node.id))
        return `The id "${change.node.id}" is taken.`;
      return dateProblem(change.node.date, undefined, "Date");
    case "updateNode":
      if (change.patch.label !== undefined && !change.patch.label.trim())
        return "An entity needs a name.";
      return dateProblem(change.patch.date, undefined, "Date");
    case "addEdge":
      return edgeProblem(doc, change.edge);
    case "updateEdge": {
      const edge = doc.edges.find((e) => e.id === change.id);
      return edge ? edgeProblem(doc, { ...edge, ...change.patch }) : null;
    }
    case "addEvidence":
      if (createAnchorer(doc.source.text)(change.evidence.quote).anchor === null) {
        return "That passage is not in the article text: select it in the article or copy it exactly.";
      }
      return null;
    case "batch": {
      // Each part is judged on the document the parts before it made (an entity, then its relationship).
      let current = doc;
      for (const part of change.changes) {
        const reason = refusal(current, part);
        if (reason) return reason;
        current = applyChange(current, part);
      }
      return null;
    }
    default:
      return null;
  }
}

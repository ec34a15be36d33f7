import { formatDate } from "./dates";
import type { Certainty, Graph, GraphEdge, GraphNode, NodeKind, Stance } from "./types";

export const KIND_LABELS: Record<NodeKind, string> = {
  person: "Person",
  organization: "Organization",
  media: "Media outlet",
  government: "Government",
  program: "Programme",
  event: "Event",
  place: "Place",
  asset: "Asset",
};

export const STANCE_LABELS: Record<Stance, string> = {
  alliance: "alliance",
  rivalry: "rivalry",
  neutral: "neutral",
};

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  confirmed: "Confirmed",
  reported: "Reported",
  speculative: "Speculative",
};

export const endLabel = (graph: Graph, id: string): string => graph.nodeById.get(id)?.label ?? id;

/** "Jeff Bezos → Donald Trump" */
export const edgeEnds = (graph: Graph, edge: GraphEdge): string =>
  `${endLabel(graph, edge.source)} → ${endLabel(graph, edge.target)}`;

/** "Jeff Bezos owns The Washington Post (neutral)": names both ends and the stance word. */
export const describeEdge = (graph: Graph, edge: GraphEdge): string =>
  `${endLabel(graph, edge.source)} ${edge.relation} ${endLabel(graph, edge.target)} (${STANCE_LABELS[edge.stance]})`;

/** "July 2025", "January 2017 – December 2024", "since January 2025", or "" when undated. */
export function describeWhen(element: GraphNode | GraphEdge): string {
  const text =
    "date" in element && element.date !== undefined
      ? formatDate(element.date)
      : element.start !== undefined && element.end !== undefined
        ? `${formatDate(element.start)} – ${formatDate(element.end)}`
        : element.start !== undefined
          ? `since ${formatDate(element.start)}`
          : element.end !== undefined
            ? `until ${formatDate(element.end)}`
            : "";
  return text !== "" && element.approximate ? `${text} (approximate)` : text;
}

/** The most characters a label takes on the canvas; Details and accessible names keep it whole. */
export const LABEL_CAP = 60;
/** The most a tooltip repeats of a label: enough to tell two long names apart. */
export const TOOLTIP_CAP = 160;

/**
 * A label cut to `cap` characters (code points, so no emoji is halved), at the last space when
 * one falls in its last third, with "…" added. Runs of spaces and line breaks become one space.
 * Only a few characters past the cap are ever read, so a 10 MB label costs as little as a short one.
 */
export function shortLabel(label: string, cap = LABEL_CAP): string {
  if (label.length <= cap && !/\s\s|[\n\r\t]/.test(label)) return label;
  const head = Array.from(
    label
      .slice(0, cap * 2 + 2)
      .replace(/\s+/g, " ")
      .trim(),
  );
  if (head.length <= cap && label.length <= cap * 2 + 2) return head.join("");
  let cut = head.slice(0, cap - 1).join("");
  const space = cut.lastIndexOf(" ");
  if (space >= (cap * 2) / 3) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}

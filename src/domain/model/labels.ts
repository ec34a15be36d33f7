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

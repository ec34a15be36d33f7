import { formatDate } from "../../domain/model/dates";
import { KIND_LABELS } from "../../domain/model/labels";
import type { Graph } from "../../domain/model/types";
import { NODE_KINDS, STANCES } from "../../domain/model/types";
import type { Theme } from "../palette";
import { KIND_SHAPE, PAST_OPACITY, STANCE_LABEL, STANCE_LINE } from "../palette";
import type { CaptionContent } from "./layout";

/** "Publisher · Title · 3 July 2025 · Made with Entente", leaving out what the source does not say. */
export function sourceLine(graph: Graph): string {
  const { publisher, title, published } = graph.source;
  const parts = [publisher, title, published && formatDate(published), "Made with Entente"];
  return parts.filter((part): part is string => Boolean(part?.trim())).join(" · ");
}

/** The caption for `graph` at `step`: every stance's line, and the kinds the graph has. */
export function captionContent(graph: Graph, step: string, theme: Theme): CaptionContent {
  const present = new Set(graph.nodes.map((node) => node.kind));
  return {
    title: graph.title,
    step,
    lines: [
      ...STANCES.map((stance) => ({
        label: STANCE_LABEL[stance],
        line: STANCE_LINE[stance],
        color: theme.stance[stance],
      })),
      { label: "Past", line: STANCE_LINE.alliance, color: theme.muted, opacity: PAST_OPACITY },
    ],
    kinds: NODE_KINDS.filter((kind) => present.has(kind)).map((kind) => ({
      label: KIND_LABELS[kind],
      shape: KIND_SHAPE[kind],
      color: theme.kind[kind],
    })),
    source: sourceLine(graph),
  };
}

import type { MarkRange } from "../../domain/view/segments";
import type { Graph } from "../../domain/model/types";

/** One quote of one element: which element it supports and its place in that element's evidence. */
export interface QuoteRef {
  element: string;
  quote: number;
}

/** Every anchored quote in the graph, nodes first, each as a range of the source text. */
export function evidenceRanges(graph: Graph): MarkRange<QuoteRef>[] {
  return [...graph.nodes, ...graph.edges].flatMap((element) =>
    element.evidence.flatMap((evidence, quote) =>
      evidence.anchor ? [{ ...evidence.anchor, id: { element: element.id, quote } }] : [],
    ),
  );
}

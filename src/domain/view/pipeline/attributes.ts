import { passesCertainty } from "../certainty";
import type { FilterStep } from "./step";
import { keepWhere } from "./step";

/** Entities of the hidden kinds go (their relationships follow when the pipeline settles). */
export const kindStep: FilterStep = {
  name: "kind",
  reads: ["hiddenKinds"],
  apply(graph, { hiddenKinds }, stage) {
    if (hiddenKinds.length === 0) return stage;
    const hidden = new Set(hiddenKinds);
    return keepWhere(graph, stage, { node: (node) => !hidden.has(node.kind) });
  },
};

export const stanceStep: FilterStep = {
  name: "stance",
  reads: ["hiddenStances"],
  apply(graph, { hiddenStances }, stage) {
    if (hiddenStances.length === 0) return stage;
    const hidden = new Set(hiddenStances);
    return keepWhere(graph, stage, { edge: (edge) => !hidden.has(edge.stance) });
  },
};

const unsourced = (item: { evidence: readonly unknown[] }) => item.evidence.length === 0;

/**
 * Elements with a quote, or what is left to source: elements with no quote yet (every element of
 * another tool's file), and the entities such a relationship joins, so it can be drawn.
 */
export const sourcingStep: FilterStep = {
  name: "sourcing",
  reads: ["sourcing"],
  apply(graph, { sourcing }, stage) {
    if (sourcing === "all") return stage;
    if (sourcing === "sourced") {
      const sourced = (item: { evidence: readonly unknown[] }) => !unsourced(item);
      return keepWhere(graph, stage, { node: sourced, edge: sourced });
    }
    const ends = new Set<string>();
    for (const edge of graph.edges) {
      if (stage.edges.has(edge.id) && unsourced(edge)) ends.add(edge.source).add(edge.target);
    }
    return keepWhere(graph, stage, {
      edge: unsourced,
      node: (node) => unsourced(node) || ends.has(node.id),
    });
  },
};

/** Relationships the source is less sure of than the chosen level go. */
export const certaintyStep: FilterStep = {
  name: "certainty",
  reads: ["certainty"],
  apply(graph, { certainty }, stage) {
    if (certainty === "all") return stage;
    return keepWhere(graph, stage, { edge: (edge) => passesCertainty(edge, certainty) });
  },
};

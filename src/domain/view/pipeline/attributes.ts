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

/** Relationships the source is less sure of than the chosen level go. */
export const certaintyStep: FilterStep = {
  name: "certainty",
  reads: ["certainty"],
  apply(graph, { certainty }, stage) {
    if (certainty === "all") return stage;
    return keepWhere(graph, stage, { edge: (edge) => passesCertainty(edge, certainty) });
  },
};

import type { Certainty, Evidence, GraphEdge } from "../model/types";

/** A quote's certainty as written; "unspecified" when the file gives none. */
export type CertaintyValue = Certainty | "unspecified";

/** The graph's certainty filter: show edges at least this sure, or all of them. */
export type CertaintyLevel = "confirmed" | "reported" | "all";

export const CERTAINTY_LEVELS: readonly CertaintyLevel[] = ["confirmed", "reported", "all"];

export const quoteCertainty = (evidence: Evidence): CertaintyValue =>
  evidence.certainty ?? "unspecified";

// A quote without a certainty is the source speaking in its own voice (the format makes the
// field optional for exactly that), so it counts as strong as "confirmed" when filtering.
const STRENGTH: Record<CertaintyValue, number> = {
  confirmed: 3,
  unspecified: 3,
  reported: 2,
  speculative: 1,
};

export const certaintyStrength = (certainty: CertaintyValue): number => STRENGTH[certainty];

/**
 * How sure the source is of an edge: the strongest certainty among its quotes, so one confirmed
 * quote outweighs any number of speculative ones. "confirmed" wins a tie with "unspecified";
 * an edge without quotes is "unspecified".
 */
export function edgeCertainty(edge: GraphEdge): CertaintyValue {
  let strongest: CertaintyValue = "unspecified";
  let strength = 0;
  for (const evidence of edge.evidence) {
    const certainty = quoteCertainty(evidence);
    const s = STRENGTH[certainty];
    if (s > strength || (s === strength && certainty === "confirmed")) {
      strongest = certainty;
      strength = s;
    }
  }
  return strongest;
}

const MIN_STRENGTH: Record<CertaintyLevel, number> = { confirmed: 3, reported: 2, all: 0 };

export const passesCertainty = (edge: GraphEdge, level: CertaintyLevel): boolean =>
  STRENGTH[edgeCertainty(edge)] >= MIN_STRENGTH[level];

/** Every quote of the edge is speculative: drawn as conjecture. */
export const isSpeculative = (edge: GraphEdge): boolean => edgeCertainty(edge) === "speculative";

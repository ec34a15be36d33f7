import type { Core } from "cytoscape";
import { toCyId } from "./elements";

/**
 * Marks each drawn pair line with how many of its relationships are current ("×2"): one line per
 * pair hides the others, the count says they are there. Where the line is named (selected, or
 * zoomed in) the count follows its relation ("met with ×2"). Touches only lines whose count changed.
 */
export function markPairCounts(cy: Core, current: ReadonlyMap<string, number>): void {
  cy.batch(() => {
    for (const [id, count] of current) {
      const edge = cy.getElementById(toCyId(id));
      const label = count > 1 ? `×${count}` : "";
      if (edge.empty() || edge.data("pairCount") === label) continue;
      edge.data({ pairCount: label, countedRelation: `${String(edge.data("relation"))} ${label}` });
    }
  });
}

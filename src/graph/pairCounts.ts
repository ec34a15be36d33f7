import type { Core } from "cytoscape";
import { toCyId } from "./elements";

/**
 * Marks each drawn pair line with how many of its relationships are current ("×2"): one line per
 * pair hides the others, the count says they are there. Touches only lines whose count changed.
 */
export function markPairCounts(cy: Core, current: ReadonlyMap<string, number>): void {
  cy.batch(() => {
    for (const [id, count] of current) {
      const edge = cy.getElementById(toCyId(id));
      const label = count > 1 ? `×${count}` : "";
      if (edge.nonempty() && edge.data("pairCount") !== label) edge.data("pairCount", label);
    }
  });
}

import type { DraftDocument } from "../../src/domain/edit";

export const BAKERY_TEXT =
  "In January 2025, Mira Holt, who runs the Corner Bakery, stopped buying flour from Old Mill. Holt said the mill had raised its prices twice. In March 2025, the bakery signed a contract with Green Fields Co-op instead.";

/** A small draft: two entities and one relationship between them. */
export function bakeryDraft(): DraftDocument {
  return {
    format: "entente-graph",
    version: 1,
    title: "The bakery and the mill",
    source: { title: "Town baker switches flour supplier", text: BAKERY_TEXT },
    nodes: [
      { id: "holt", label: "Mira Holt", kind: "person", evidence: [{ quote: "Mira Holt" }] },
      {
        id: "bakery",
        label: "Corner Bakery",
        kind: "organization",
        evidence: [{ quote: "Corner Bakery" }],
      },
      { id: "mill", label: "Old Mill", kind: "organization", evidence: [{ quote: "Old Mill" }] },
    ],
    edges: [
      {
        id: "runs",
        source: "holt",
        target: "bakery",
        stance: "alliance",
        relation: "runs",
        evidence: [{ quote: "Mira Holt, who runs the Corner Bakery" }],
      },
    ],
  };
}

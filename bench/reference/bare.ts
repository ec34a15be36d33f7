import type { Collection } from "cytoscape";
import { runReference } from "./harness";

// The floor: plain Cytoscape doing the least a step needs. Only elements whose visibility
// changed are touched, in one batch; removed elements are kept and restored in place.
runReference(({ cy }) => {
  let shown = new Set(cy.elements().map((e) => e.id()));
  const elements = new Map(cy.elements().map((e) => [e.id(), e]));
  const collect = (ids: Iterable<string>, group: "nodes" | "edges"): Collection => {
    const out = cy.collection();
    for (const id of ids) {
      const element = elements.get(id);
      // merge() grows the collection in place; union() would copy it for every element.
      if (element !== undefined && element.group() === group) out.merge(element);
    }
    return out;
  };

  return (visible) => {
    const next = new Set([...visible.nodes, ...visible.edges]);
    const gone = [...shown].filter((id) => !next.has(id));
    const back = [...next].filter((id) => !shown.has(id));
    cy.batch(() => {
      collect(gone, "edges").remove();
      collect(gone, "nodes").remove();
      // An edge can only return once both its ends are back.
      collect(back, "nodes").restore();
      collect(back, "edges").restore();
    });
    shown = next;
  };
});

import type { ElementDefinition } from "cytoscape";
import { runReference } from "./harness";

// The ceiling a careless implementation hits: every step throws the canvas away and rebuilds it
// from the visible set, at the same fixed positions.
runReference(({ graph, cy, positions }) => (visible) => {
  const nodes: ElementDefinition[] = [...visible.nodes].map((id) => ({
    group: "nodes",
    data: { id, label: graph.nodeById.get(id)?.label ?? id },
    position: { ...(positions.get(id) ?? { x: 0, y: 0 }) },
  }));
  const edges: ElementDefinition[] = [...visible.edges].flatMap((id) => {
    const edge = graph.edgeById.get(id);
    return edge ? [{ group: "edges", data: { id, source: edge.source, target: edge.target } }] : [];
  });
  cy.elements().remove();
  cy.add([...nodes, ...edges]);
});

import type { Core, ElementDefinition, NodeSingular } from "cytoscape";
import { draftGraph } from "../../domain/edit/draftGraph";
import { placeNear } from "../../domain/edit/place";
import type { DraftDocument, Position } from "../../domain/edit/types";
import { fromCyId, toCyId, toElements } from "../../graph/elements";
import { computeLayout, layoutInput, nodesOf } from "../../graph/layout";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps a Cytoscape instance in step with the draft by adding, changing and removing only the
 * elements that differ: nodes already drawn never move unless the draft says where they go.
 */
export class DraftCanvasController {
  constructor(private readonly cy: Core) {}

  /** Applies the draft; returns the ids of nodes added without a saved position. */
  sync(doc: DraftDocument): string[] {
    const cy = this.cy;
    const wanted = toElements(draftGraph(doc));
    const byId = new Map(wanted.map((e) => [e.data.id as string, e]));
    const saved = new Map(doc.nodes.map((n) => [toCyId(n.id), n.position]));
    const unplaced: string[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((ele) => !byId.has(ele.id()))
        .remove();
      const added: ElementDefinition[] = [];
      for (const element of wanted) {
        const id = element.data.id as string;
        const existing = cy.getElementById(id);
        if (existing.empty()) {
          added.push(element);
          continue;
        }
        if (!same(existing.data(), element.data)) existing.data(element.data);
        const at = saved.get(id);
        if (at && existing.isNode() && !same(existing.position(), at)) existing.position({ ...at });
      }
      const nodes = added.filter((e) => e.group === "nodes");
      for (const node of nodes) {
        const id = node.data.id as string;
        const at = saved.get(id) ?? this.spotFor(id, doc);
        if (!saved.get(id)) unplaced.push(fromCyId(id));
        cy.add({ ...node, position: { ...at } });
      }
      cy.add(added.filter((e) => e.group === "edges"));
    });
    return unplaced;
  }

  /** Beside the node's neighbours already drawn, clear of every node. */
  private spotFor(cyId: string, doc: DraftDocument): Position {
    const id = fromCyId(cyId);
    const neighbours = doc.edges
      .flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []))
      .map((n) => this.cy.getElementById(toCyId(n)))
      .filter((n) => n.nonempty())
      .map((n) => n.position());
    const occupied = this.cy.nodes().map((n) => n.position());
    return placeNear(neighbours, occupied);
  }

  /** Where every node is drawn, by draft id. */
  positions(): Map<string, Position> {
    return new Map(
      this.cy
        .nodes()
        .map((n: NodeSingular) => [
          fromCyId(n.id()),
          { x: Math.round(n.position().x), y: Math.round(n.position().y) },
        ]),
    );
  }

  /** A fresh layout of everything: the positions for the caller to save (one undoable change). */
  async tidy(signal?: AbortSignal): Promise<Map<string, Position>> {
    const input = layoutInput(this.cy, { tall: this.cy.height() > this.cy.width() });
    const nodes = nodesOf(this.cy, input);
    const positions = await computeLayout(input, signal);
    return new Map(
      nodes.flatMap((n, i) => {
        const at = positions[i];
        return at
          ? [[fromCyId(n.id()), { x: Math.round(at.x), y: Math.round(at.y) }] as const]
          : [];
      }),
    );
  }
}

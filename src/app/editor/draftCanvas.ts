import type { Core } from "cytoscape";
import { draftGraph } from "../../domain/edit/draftGraph";
import type { DraftDocument, Position } from "../../domain/edit/types";
import type { ElementStore } from "../../graph/elements";
import { EMPTY_STORE, idOf, toCyId } from "../../graph/elements";
import { computeLayout, layoutInput, nodesOf } from "../../graph/layout";
import { placeNear, updateElements } from "../../graph/update";

const rounded = ({ x, y }: Position): Position => ({ x: Math.round(x), y: Math.round(y) });

/**
 * Keeps a Cytoscape instance in step with the draft through the canvas's in-place update (only
 * added, changed and removed elements are touched) and never lays it out on its own: a node goes
 * where the draft says, or, new and unplaced, beside its neighbours. Nothing drawn moves otherwise.
 */
export class DraftCanvasController {
  private store: ElementStore = EMPTY_STORE;

  constructor(private readonly cy: Core) {}

  /** Applies the draft; returns the ids of nodes added without a saved position. */
  sync(doc: DraftDocument): string[] {
    const graph = draftGraph(doc);
    const { store, added } = updateElements(this.cy, this.store, graph);
    this.store = store;
    const saved = new Map(doc.nodes.map((n) => [toCyId(n.id), n.position]));
    const unplaced = added.filter((node) => !saved.get(node.id()));
    placeNear(this.cy, graph, unplaced);
    this.cy.batch(() => {
      // Saved positions win, so an undone drag puts the node back.
      for (const node of store.nodes) {
        const at = saved.get(node.id());
        const now = node.position();
        if (at && (at.x !== now.x || at.y !== now.y)) node.position({ x: at.x, y: at.y });
      }
    });
    return unplaced.map(idOf);
  }

  /** Where every node is drawn, by draft id, rounded to whole units. */
  positions(): Map<string, Position> {
    return new Map(this.store.nodes.map((n) => [idOf(n), rounded(n.position())]));
  }

  /** A fresh layout of everything, for the caller to save as one undoable change. */
  async tidy(signal?: AbortSignal): Promise<Map<string, Position>> {
    const input = layoutInput(this.cy, { tall: this.cy.height() > this.cy.width() });
    const nodes = nodesOf(this.cy, input);
    const positions = await computeLayout(input, signal);
    return new Map(
      nodes.flatMap((n, i) => {
        const at = positions[i];
        return at ? [[idOf(n), rounded(at)] as const] : [];
      }),
    );
  }
}

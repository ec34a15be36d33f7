import type { Core, NodeSingular } from "cytoscape";
import { draftDiff } from "../../domain/edit/diff";
import { draftGraph, graphEdge, graphNode } from "../../domain/edit/draftGraph";
import type { DraftDocument, DraftEdge, Position } from "../../domain/edit/types";
import { edgeElement, idOf, nodeElement, toCyId } from "../../graph/elements";
import { computeLayout, layoutInput, nodesOf } from "../../graph/layout";
import { placeNear, updateElements } from "../../graph/update";
import { EMPTY_STORE } from "../../graph/elements";

const rounded = ({ x, y }: Position): Position => ({ x: Math.round(x), y: Math.round(y) });

const sameData = (ele: { data(key: string): unknown }, data: Record<string, unknown>) =>
  Object.entries(data).every(([key, value]) => ele.data(key) === value);

function degrees(edges: readonly DraftEdge[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const { source, target } of edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return degree;
}

/**
 * Keeps a Cytoscape instance in step with the draft and never lays it out on its own: a node goes
 * where the draft says, or, new and unplaced, beside its neighbours. Nothing drawn moves
 * otherwise. After the first draw only what an edit changed is touched (found by `draftDiff`), so
 * an edit costs the same on a 1,000-element draft as on a 10-element one.
 */
export class DraftCanvasController {
  private drawn: DraftDocument | null = null;

  constructor(private readonly cy: Core) {}

  /** Applies the draft; returns the ids of nodes added without a saved position. */
  sync(doc: DraftDocument): string[] {
    const before = this.drawn;
    this.drawn = doc;
    const added = before ? this.update(before, doc) : this.drawAll(doc);
    const placed = new Set(
      added.length ? doc.nodes.filter((n) => n.position).map((n) => n.id) : [],
    );
    const unplaced = added.filter((n) => !placed.has(idOf(n)));
    if (unplaced.length > 0) placeNear(this.cy, draftGraph(doc), unplaced);
    return unplaced.map(idOf);
  }

  private drawAll(doc: DraftDocument): NodeSingular[] {
    const { added } = updateElements(this.cy, EMPTY_STORE, draftGraph(doc));
    this.cy.batch(() => {
      for (const n of doc.nodes) {
        if (n.position) this.cy.getElementById(toCyId(n.id)).position({ ...n.position });
      }
    });
    return added;
  }

  private update(before: DraftDocument, doc: DraftDocument): NodeSingular[] {
    const diff = draftDiff(before, doc);
    if (
      diff.nodes.length +
        diff.removedNodes.length +
        diff.edges.length +
        diff.removedEdges.length ===
      0
    )
      return [];
    const cy = this.cy;
    const degree = degrees(doc.edges);
    const ids = new Set(doc.nodes.map((n) => n.id));
    // A node's drawing shows its degree, so the ends of every edge that came or went are redrawn too.
    const touched = new Set(diff.nodes.map((n) => n.id));
    for (const e of diff.edges) touched.add(e.source).add(e.target);
    for (const id of diff.removedEdges) {
      const old = cy.getElementById(toCyId(id));
      if (old.nonempty()) touched.add(idOf(old.source())).add(idOf(old.target()));
    }
    const added: NodeSingular[] = [];
    cy.batch(() => {
      for (const id of [...diff.removedEdges, ...diff.removedNodes])
        cy.getElementById(toCyId(id)).remove();
      for (const n of doc.nodes) {
        if (!touched.has(n.id)) continue;
        const { data } = nodeElement(graphNode(n), degree.get(n.id) ?? 0);
        const old = cy.getElementById(toCyId(n.id));
        if (old.empty()) {
          const node = cy.add({ group: "nodes", data }) as NodeSingular;
          if (n.position) node.position({ ...n.position });
          added.push(node);
          continue;
        }
        if (!sameData(old, data)) old.data(data);
        // Saved positions win, so an undone drag puts the node back.
        const now = old.position();
        if (n.position && (n.position.x !== now.x || n.position.y !== now.y))
          old.position({ ...n.position });
      }
      // An edge is drawn only between ends that are there, like draftGraph's.
      const edges = [...diff.edges];
      if (diff.nodes.length + diff.removedNodes.length > 0) {
        const fresh = new Set(diff.edges);
        for (const e of doc.edges)
          if (!fresh.has(e) && (touched.has(e.source) || touched.has(e.target))) edges.push(e);
      }
      for (const e of edges) {
        const old = cy.getElementById(toCyId(e.id));
        const drawable = ids.has(e.source) && ids.has(e.target);
        const { data } = edgeElement(graphEdge(e));
        const moved =
          old.nonempty() &&
          (old.data("source") !== data.source || old.data("target") !== data.target);
        if (old.nonempty() && (moved || !drawable)) old.remove();
        if (!drawable) continue;
        if (old.empty() || moved) cy.add({ group: "edges", data });
        else if (!sameData(old, data)) old.data(data);
      }
    });
    return added;
  }

  /** Marks the picked element (none for null), bringing it into view only when it is off screen. */
  select(id: string | null): void {
    const cy = this.cy;
    const marked = cy.elements(".selected");
    // Called again after every edit (a re-added element comes back unmarked): when the mark is
    // already where it belongs, restyling it would only make the canvas redraw it.
    if (id !== null && marked.length === 1 && marked.id() === toCyId(id)) return;
    cy.batch(() => {
      marked.removeClass("selected");
      if (id !== null) cy.getElementById(toCyId(id)).addClass("selected");
    });
    const picked = id === null ? cy.collection() : cy.getElementById(toCyId(id));
    if (picked.empty()) return;
    const view = cy.extent();
    const box = picked.boundingBox();
    if (box.x2 < view.x1 || box.x1 > view.x2 || box.y2 < view.y1 || box.y1 > view.y2)
      cy.center(picked);
  }

  /** Where every node is drawn, by draft id, rounded to whole units. */
  positions(): Map<string, Position> {
    return new Map(this.cy.nodes().map((n) => [idOf(n), rounded(n.position())] as const));
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

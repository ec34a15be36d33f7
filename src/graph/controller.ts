import type { Core, Position, SingularElementArgument } from "cytoscape";
import type { Graph } from "../domain/types";
import { applyHighlight, applyVisibility } from "./applyView";
import type { ElementStore } from "./elements";
import { EMPTY_STORE, replaceElements, toCyId } from "./elements";
import { runLayout } from "./layout";
import type { VisibleSet } from "./types";

export const FIT_PADDING = 32;
export const ZOOM_STEP = 1.25;

export interface ViewInput {
  visible: VisibleSet;
  selected: string | null;
  focus?: ReadonlySet<string>;
}

/**
 * Drives one Cytoscape instance imperatively. The React layer forwards prop changes here; the view
 * state is remembered so that restored elements and re-layouts pick up the current selection.
 */
export class GraphController {
  private store: ElementStore = EMPTY_STORE;
  private visible: VisibleSet | null = null;
  private selected: string | null = null;
  private focus: ReadonlySet<string> | undefined;

  constructor(readonly cy: Core) {}

  /** A new graph: all its elements are laid out together, then the view is applied and fitted. */
  load(graph: Graph, view: ViewInput): void {
    this.store = replaceElements(this.cy, graph);
    runLayout(this.cy);
    this.visible = view.visible;
    this.selected = view.selected;
    this.focus = view.focus;
    applyVisibility(this.cy, this.store, view.visible);
    applyHighlight(this.cy, this.selected, this.focus);
    this.fit();
  }

  show(visible: VisibleSet): void {
    this.visible = visible;
    // Restored elements still carry the classes they had when removed.
    if (applyVisibility(this.cy, this.store, visible) > 0) {
      applyHighlight(this.cy, this.selected, this.focus);
    }
  }

  highlight(selected: string | null, focus: ReadonlySet<string> | undefined): void {
    this.selected = selected;
    this.focus = focus;
    applyHighlight(this.cy, selected, focus);
  }

  /** Lays out every element again, hidden ones included, so they keep a sensible place. */
  relayout(): void {
    this.cy.batch(() => {
      // Nodes come first in the list: an edge can only return once both its ends have.
      for (const ele of [...this.store.nodes, ...this.store.edges]) {
        if (ele.removed()) ele.restore();
      }
    });
    runLayout(this.cy);
    if (this.visible) applyVisibility(this.cy, this.store, this.visible);
    applyHighlight(this.cy, this.selected, this.focus);
    this.fit();
  }

  fit(): void {
    this.cy.fit(this.cy.elements(), FIT_PADDING);
  }

  /** Zooms about the centre of the canvas. */
  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  }

  /** Where a node (or an edge's midpoint) is drawn, in viewport coordinates; null when not shown. */
  clientPosition(id: string): Position | null {
    const ele: SingularElementArgument = this.cy.getElementById(toCyId(id));
    const container = this.cy.container();
    if (ele.empty() || container === null) return null;
    const box = container.getBoundingClientRect();
    const at = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
    return { x: box.left + at.x, y: box.top + at.y };
  }
}

import type { Core, Position, SingularElementArgument } from "cytoscape";
import type { Graph } from "../domain/model/types";
import { applyHighlight, applyVisibility } from "./applyView";
import type { ElementStore } from "./elements";
import { EMPTY_STORE, replaceElements, toCyId } from "./elements";
import type { LayoutShape } from "./layout";
import { LayoutRequests } from "./layoutRequests";
import { graphScale } from "./metrics";
import type { VisibleSet } from "./types";

export const FIT_PADDING = 30;

/** Moves every node to its saved position, when every node has one; says whether it did. */
function placeSaved(cy: Core, graph: Graph): boolean {
  if (graph.nodes.length === 0 || !graph.nodes.every((n) => n.position)) return false;
  cy.batch(() => {
    for (const n of graph.nodes)
      if (n.position) cy.getElementById(toCyId(n.id)).position({ ...n.position });
  });
  return true;
}
export const ZOOM_STEP = 1.25;
/** A small graph is not blown up past this when fitted: its labels would look shouted. */
export const MAX_FIT_ZOOM = 1.5;
/** From this zoom on every edge on show is named; below it, only those around the selection. */
export const EDGE_LABEL_ZOOM = 1;

export interface ViewInput {
  visible: VisibleSet;
  selected: string | null;
  focus?: ReadonlySet<string>;
  spotlight?: boolean;
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
  private spotlight = false;
  /** True until the reader pans or zooms: until then a resized pane is fitted again. */
  private fitted = false;
  /** Whether the edges carry the `labelled` class; big graphs never name their edges. */
  private edgesLabelled = false;
  private large = false;
  /** The layout in progress, if any; the canvas shows it is busy while one is. */
  readonly layouts: LayoutRequests;

  constructor(readonly cy: Core) {
    this.layouts = new LayoutRequests(cy);
    cy.on("dragpan scrollzoom pinchzoom", () => {
      this.fitted = false;
    });
    cy.on("zoom", () => this.labelEdges());
  }

  /**
   * A new graph: its elements go in with the view applied at once (so the lists and the slider
   * work on it straight away), are laid out together, and the drawing is fitted once they are
   * placed. Settles then, or when a newer load or re-layout supersedes this one.
   */
  load(graph: Graph, view: ViewInput): Promise<void> {
    this.store = replaceElements(this.cy, graph);
    this.edgesLabelled = false;
    this.large = graphScale(graph) === "large";
    // Until the layout lands the pane is not fitted to anything a resize should keep.
    this.fitted = false;
    this.visible = view.visible;
    this.selected = view.selected;
    this.focus = view.focus;
    this.spotlight = view.spotlight ?? false;
    const placed = () => {
      this.fit();
      // The fit may leave the zoom where it was, and then no zoom event marks the new edges.
      this.labelEdges();
    };
    // A file whose author placed every node (the editor saves positions) is drawn as placed;
    // otherwise it is laid out with every element on the canvas, hidden ones included.
    const laidOut = placeSaved(this.cy, graph)
      ? (this.layouts.cancel(), placed(), Promise.resolve())
      : this.layouts.run(this.shape(), "load", placed);
    applyVisibility(this.cy, this.store, view.visible);
    applyHighlight(this.cy, this.selected, this.focus, this.spotlight);
    return laidOut;
  }

  show(visible: VisibleSet): void {
    this.visible = visible;
    // Restored elements still carry the classes they had when removed.
    if (applyVisibility(this.cy, this.store, visible) > 0) {
      applyHighlight(this.cy, this.selected, this.focus, this.spotlight);
    }
  }

  highlight(
    selected: string | null,
    focus: ReadonlySet<string> | undefined,
    spotlight = false,
  ): void {
    this.selected = selected;
    this.focus = focus;
    this.spotlight = spotlight;
    applyHighlight(this.cy, selected, focus, spotlight);
  }

  /** Lays out every element again, hidden ones included, so they keep a sensible place. */
  relayout(): Promise<void> {
    this.cy.batch(() => {
      // Nodes come first in the list: an edge can only return once both its ends have.
      for (const ele of [...this.store.nodes, ...this.store.edges]) {
        if (ele.removed()) ele.restore();
      }
    });
    const laidOut = this.layouts.run(this.shape(), "relayout", () => this.fit());
    // The drawing stays as it was while the new layout runs.
    if (this.visible) applyVisibility(this.cy, this.store, this.visible);
    applyHighlight(this.cy, this.selected, this.focus, this.spotlight);
    return laidOut;
  }

  // Hidden edges are marked too (Cytoscape keeps a removed element's classes), so they return
  // named or not as the zoom says.
  private labelEdges(): void {
    const on = !this.large && this.cy.zoom() >= EDGE_LABEL_ZOOM;
    if (on === this.edgesLabelled) return;
    this.edgesLabelled = on;
    this.cy.batch(() => {
      for (const edge of this.store.edges) edge.toggleClass("labelled", on);
    });
  }

  /** The layout follows the pane's shape, so the fitted drawing fills it. */
  private shape(): LayoutShape {
    return { tall: this.cy.height() > this.cy.width() };
  }

  /**
   * Fits the nodes and their labels. Edges lie between nodes, and their labels are hidden at most
   * fitted zooms, so leaving them out keeps the drawing from shrinking for text no one sees.
   */
  fit(): void {
    const cy = this.cy;
    const nodes = cy.nodes();
    if (nodes.empty()) return;
    cy.fit(nodes, FIT_PADDING);
    if (cy.zoom() > MAX_FIT_ZOOM) this.zoomTo(MAX_FIT_ZOOM);
    this.fitted = true;
  }

  /**
   * Follows the canvas to a new size, keeping the drawing fitted unless the reader moved it. The
   * size it already has is ignored: Cytoscape would clear and redraw everything for nothing.
   */
  resize(width: number, height: number): void {
    const cy = this.cy;
    if (Math.abs(width - cy.width()) < 1 && Math.abs(height - cy.height()) < 1) return;
    cy.resize();
    if (this.fitted) this.fit();
  }

  /** The view as drawn (not the whole graph) as a PNG, at twice screen size so it prints sharply. */
  png(background: string): Promise<Blob> {
    return this.cy.png({ output: "blob-promise", full: false, scale: 2, bg: background });
  }

  /** Zooms about the centre of the canvas. */
  zoomBy(factor: number): void {
    this.zoomTo(this.cy.zoom() * factor);
    this.fitted = false;
  }

  private zoomTo(level: number): void {
    const cy = this.cy;
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Where a node (or an edge's midpoint) is drawn, in viewport coordinates; null when not shown. */
  clientPosition(id: string): Position | null {
    const ele: SingularElementArgument = this.cy.getElementById(toCyId(id));
    const container = this.cy.container();
    if (ele.empty() || container === null || this.layouts.pending === "load") return null;
    const box = container.getBoundingClientRect();
    const at = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
    return { x: box.left + at.x, y: box.top + at.y };
  }
}

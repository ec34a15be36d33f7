import type {
  Core,
  EventObject,
  NodeCollection,
  NodeSingular,
  Position,
  SingularElementArgument,
} from "cytoscape";
import type { Graph } from "../domain/model/types";
import { applyHighlight, applyVisibility } from "./applyView";
import { declutterLabels } from "./declutter";
import type { ElementStore } from "./elements";
import { collectionOf, EMPTY_STORE, idOf, replaceElements, toCyId } from "./elements";
import type { HoverInfo } from "./hover";
import { describe } from "./hover";
import type { LayoutElements, LayoutShape } from "./layout";
import type { LabelPlacer } from "./labelPlacer";
import { labelPlacer } from "./labelPlacer";
import { LayoutRequests } from "./layoutRequests";
import { graphScale } from "./metrics";
import type { VisibleSet } from "./types";
import { drawsSlice, Reveal } from "./reveal";
import { placeNear, updateElements } from "./update";

/** Image pixels per CSS pixel in PNG exports: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

export const FIT_PADDING = 30;

/**
 * Puts the nodes an author placed where they were put, and the others near them; says whether
 * any was placed. An imported file's positions are another tool's units: the layout takes them
 * whole instead (layout.ts, `preset`, spread out when too small), or lays the graph out when some
 * node has none.
 */
function placeSaved(cy: Core, within: LayoutElements, store: ElementStore, graph: Graph): boolean {
  if (graph.imported || !graph.nodes.some((n) => n.position)) return false;
  const unplaced: NodeSingular[] = [];
  // The store's nodes, in graph order: a big graph's are off the canvas, where cy cannot see them.
  cy.batch(() => {
    graph.nodes.forEach((n, i) => {
      const node = store.nodes[i];
      if (node === undefined) return;
      if (n.position) node.position({ x: n.position.x, y: n.position.y });
      else unplaced.push(node);
    });
  });
  placeNear(within, graph, unplaced);
  return true;
}
export const ZOOM_STEP = 1.25;
/** A small graph is not blown up past this when fitted: its labels would look shouted. */
export const MAX_FIT_ZOOM = 1.5;
/** From this zoom on every edge on show is named; below it, only those around the selection. */
export const EDGE_LABEL_ZOOM = 1;
/** Below this width the pane opens on the main actors rather than the whole graph. */
export const NARROW_PANE = 480;

export interface ViewInput {
  visible: VisibleSet;
  selected: string | null;
  focus?: ReadonlySet<string>;
  spotlight?: boolean;
}

/** What the reader does on the canvas; called with the latest handlers, never stale ones. */
export interface CanvasEvents {
  /** A node or edge id when one is tapped; null for a tap on the background. */
  select?: (id: string | null) => void;
  /** What is under the pointer, or null when it leaves (or the view moves). */
  hover?: (info: HoverInfo | null) => void;
}

/**
 * Drives one Cytoscape instance imperatively (xyflow's XYPanZoom is the model): made in an
 * effect, fed by `update`-style calls when props change, and `destroy()`ed in the effect's
 * cleanup, which removes every listener it added. The view state is remembered so that restored
 * elements and re-layouts pick up the current selection.
 */
export class GraphController {
  private graph: Graph | null = null;
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
  /** A big graph's first drawing, a slice per frame. */
  readonly reveal = new Reveal();

  /** Every listener added to `cy`, to take off again in destroy(). */
  private readonly listeners: [string, string | undefined, (event: EventObject) => void][] = [];
  /** Resizes and declutters names on the next frame, or once the timeline rests. */
  readonly labels: LabelPlacer;

  constructor(
    readonly cy: Core,
    events: CanvasEvents = {},
  ) {
    this.layouts = new LayoutRequests(cy);
    this.labels = labelPlacer(cy, () => !this.large);
    this.listen("dragpan scrollzoom pinchzoom", undefined, () => {
      this.fitted = false;
    });
    this.listen("zoom", undefined, () => {
      this.labelEdges();
      this.labels.now();
    });
    this.listen("tap", "node, edge", (event) => events.select?.(idOf(event.target)));
    this.listen("tap", undefined, (event) => {
      if (event.target === cy) events.select?.(null);
    });
    this.listen("mouseover", "node, edge", (event) => {
      const { x, y } = event.renderedPosition;
      events.hover?.({ ...describe(event.target), x, y });
    });
    this.listen("mouseout", "node, edge", () => events.hover?.(null));
    this.listen("viewport", undefined, () => events.hover?.(null));
    // However the first drawing ends (done, finished early by an edit, or a new graph), the
    // canvas draws again.
    this.reveal.subscribe(() => {
      if (this.reveal.progress === null || this.reveal.limit === 0) this.releaseDrawing();
    });
  }

  private listen(names: string, selector: string | undefined, handler: (e: EventObject) => void) {
    if (selector === undefined) this.cy.on(names, handler);
    else this.cy.on(names, selector, handler);
    this.listeners.push([names, selector, handler]);
  }

  /** Stops the layout in progress and takes off every listener this controller added. */
  destroy(): void {
    this.layouts.cancel();
    this.labels.cancel();
    this.reveal.finish();
    const listeners = this.listeners.splice(0);
    // react-cytoscapejs may have destroyed its instance already (it unmounts first).
    if (this.cy.destroyed()) return;
    for (const [names, selector, handler] of listeners) {
      if (selector === undefined) this.cy.off(names, handler);
      else this.cy.off(names, selector, handler);
    }
  }

  /**
   * Shows `graph`. Elements already on the canvas stay where they are: removed ones go, changed
   * ones are updated, added ones are placed near their neighbours, and nothing is laid out again.
   * A graph that shares less than half its nodes with the drawing (a new file, the first graph)
   * is laid out whole and fitted instead. Settles once it is drawn.
   */
  applyGraph(graph: Graph, view: ViewInput): Promise<void> {
    if (graph === this.graph) return Promise.resolve();
    const drawn = new Set(this.store.nodeIds);
    const kept = graph.nodes.filter((node) => drawn.has(node.id)).length;
    // A graph still waiting for its first layout has no places to put newcomers near.
    const unplaced = this.graph === null || this.layouts.pending === "load";
    if (unplaced || kept * 2 < graph.nodes.length) return this.load(graph, view);
    this.reveal.finish();
    this.graph = graph;
    const { store, added } = updateElements(this.cy, this.store, graph);
    this.store = store;
    this.large = graphScale(graph) === "large";
    placeNear(this.cy, graph, added);
    this.cy.batch(() => {
      for (const edge of store.edges) edge.toggleClass("labelled", this.edgesLabelled);
    });
    this.setView(view);
    applyVisibility(this.cy, this.store, view.visible);
    applyHighlight(this.cy, this.selected, this.focus, this.spotlight);
    return Promise.resolve();
  }

  private setView(view: ViewInput): void {
    this.visible = view.visible;
    this.selected = view.selected;
    this.focus = view.focus;
    this.spotlight = view.spotlight ?? false;
  }

  /** Every node's laid-out (model) position, by graph id, hidden nodes included. */
  positions(): Record<string, Position> {
    const { nodes, nodeIds } = this.store;
    return Object.fromEntries(nodes.map((node, i) => [nodeIds[i] ?? "", { ...node.position() }]));
  }

  /** Moves the nodes named in `positions` (graph ids); others stay. */
  setPositions(positions: Readonly<Record<string, Position>>): void {
    const { nodes, nodeIds } = this.store;
    this.cy.batch(() => {
      nodes.forEach((node, i) => {
        const at = Object.hasOwn(positions, nodeIds[i] ?? "")
          ? positions[nodeIds[i] ?? ""]
          : undefined;
        if (at) node.position({ x: at.x, y: at.y });
      });
    });
  }

  /**
   * A graph laid out whole: its elements go in with the view applied at once (so the lists and the slider
   * work on it straight away), are laid out together, and the drawing is fitted once they are
   * placed. Settles then, or when a newer load or re-layout supersedes this one.
   */
  private load(graph: Graph, view: ViewInput): Promise<void> {
    this.graph = graph;
    this.large = graphScale(graph) === "large";
    // A big graph waits off the canvas for its layout, then goes on a slice at a time.
    const sliced = this.large;
    this.store = replaceElements(this.cy, graph, sliced);
    this.edgesLabelled = false;
    // Until the layout lands the pane is not fitted to anything a resize should keep.
    this.fitted = false;
    this.setView(view);
    this.drawnUpTo = 0;
    this.revealedTo = 0;
    if (sliced) this.reveal.hold(graph.nodes.length + graph.edges.length);
    else this.reveal.finish();
    const placed = () => {
      // Before the fit, whose names are placed for the edges marked here: a fit that moves the zoom
      // marks them again (the zoom event); one that leaves it where it was does not.
      this.labelEdges();
      this.firstView();
      if (sliced)
        void this.reveal.start(this.reveal.progress?.total ?? 0, (limit, total) =>
          this.showSlice(limit, total),
        );
    };
    // Drawn where its author placed it (the editor saves positions), or laid out with every
    // element, hidden ones included, so they keep a sensible place for later.
    const within = sliced ? collectionOf(this.cy, this.store) : this.cy;
    const laidOut = placeSaved(this.cy, within, this.store, graph)
      ? (this.layouts.cancel(), placed(), Promise.resolve())
      : this.layouts.run(this.shape(), "load", placed, within);
    this.showNow();
    applyHighlight(this.cy, this.selected, this.focus, this.spotlight);
    return laidOut.then(() => this.reveal.settled());
  }

  /**
   * One slice of a big graph's first drawing. Cytoscape would style and measure the new elements
   * in the next frame and redraw everything drawn so far with them: at 20,000 elements the last
   * slices' frames took up to 2 s each. So the new elements are styled and measured here, where
   * the reveal times the slice, and the canvas is held (its render loop skips frames while a
   * batch is open) after slices that drawsSlice says need not show.
   */
  private showSlice(limit: number, total: number): void {
    const from = this.revealedTo;
    this.revealedTo = limit;
    this.releaseDrawing();
    const { nodes, edges } = this.store;
    const slice = [
      ...nodes.slice(from, limit),
      ...edges.slice(Math.max(0, from - nodes.length), Math.max(0, limit - nodes.length)),
    ];
    const shown = this.cy.collection();
    if (this.visible !== null) {
      applyVisibility(this.cy, this.store, this.visible, limit, from);
      for (const ele of slice) if (!ele.removed()) shown.merge(ele);
      applyHighlight(this.cy, this.selected, this.focus, this.spotlight, shown);
    }
    // A bounding box needs the element's style and label size: computed now for the new ones.
    shown.forEach((ele) => {
      ele.boundingBox({});
    });
    if (drawsSlice({ limit, total }, this.drawnUpTo)) this.drawnUpTo = limit;
    else this.holdDrawing();
  }

  private drawingHeld = false;
  /** How many elements the reveal had let on when the canvas last drew, and now. */
  private drawnUpTo = 0;
  private revealedTo = 0;

  private holdDrawing(): void {
    if (this.drawingHeld) return;
    this.drawingHeld = true;
    this.cy.startBatch();
  }

  /** Lets the canvas draw again; whatever changed meanwhile is styled and drawn in one go. */
  private releaseDrawing(): void {
    if (!this.drawingHeld) return;
    this.drawingHeld = false;
    if (!this.cy.destroyed()) this.cy.endBatch();
  }

  /** Shows the remembered view, within what the reveal lets on the canvas so far. */
  private showNow(): number {
    if (this.visible === null) return 0;
    const changed = applyVisibility(this.cy, this.store, this.visible, this.reveal.limit);
    // Restored elements still carry the classes they had when removed.
    if (changed > 0) applyHighlight(this.cy, this.selected, this.focus, this.spotlight);
    return changed;
  }

  show(visible: VisibleSet): void {
    this.visible = visible;
    if (this.showNow() > 0) this.labels.afterPause();
  }

  highlight(
    selected: string | null,
    focus: ReadonlySet<string> | undefined,
    spotlight = false,
  ): void {
    this.selected = selected;
    this.focus = focus;
    this.spotlight = spotlight;
    if (applyHighlight(this.cy, selected, focus, spotlight) > 0) this.labels.now();
  }

  /**
   * Lays out again what is on show (this step, these filters, one line per pair), so the drawing
   * is made for it rather than for the whole graph; hidden elements keep their places. The fit
   * that follows keeps the selection in view.
   */
  relayout(): Promise<void> {
    // A re-layout places what is on show: all of it, not the slices drawn so far.
    if (this.reveal.progress !== null) {
      this.reveal.finish();
      this.showNow();
    }
    const laidOut = this.layouts.run(this.shape(), "relayout", () => this.fit());
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
   * What a new graph opens on: all of it, or on a phone-sized pane, where all of it would be too
   * small to name, the selection's neighbourhood or else the main actors (pan and zoom for the
   * rest; Fit shows everything).
   */
  private firstView(): void {
    const cy = this.cy;
    if (this.large || cy.width() >= NARROW_PANE) return this.fit();
    const selected =
      this.selected === null ? cy.collection() : cy.getElementById(toCyId(this.selected));
    const around =
      selected.nonempty() && selected.isNode()
        ? selected.closedNeighborhood().nodes()
        : selected.connectedNodes();
    const focus = around.nonempty() ? around : cy.nodes("[?hub]");
    if (focus.empty()) return this.fit();
    this.fitTo(focus);
    this.fitted = false;
  }

  /**
   * Fits the nodes and their labels. Edges lie between nodes, and their labels are hidden at most
   * fitted zooms, so leaving them out keeps the drawing from shrinking for text no one sees.
   */
  fit(): void {
    const nodes = this.shownNodes();
    if (nodes.empty()) return;
    this.fitTo(nodes);
    this.fitted = true;
  }

  /** The nodes on show; while a big graph is still being drawn, those it will show. */
  private shownNodes(): NodeCollection {
    const { visible, reveal, store } = this;
    if (reveal.progress === null || visible === null) return this.cy.nodes();
    const wanted = this.cy.collection();
    store.nodes.forEach((node, i) => {
      if (visible.nodes.has(store.nodeIds[i] ?? "")) wanted.merge(node);
    });
    return wanted.nodes();
  }

  private fitTo(nodes: NodeCollection): void {
    const cy = this.cy;
    const fitOnce = () => {
      cy.fit(nodes, FIT_PADDING);
      if (cy.zoom() > MAX_FIT_ZOOM) this.zoomTo(MAX_FIT_ZOOM);
    };
    fitOnce();
    if (this.large) return this.labels.now();
    // Zoomed out, names are drawn larger (labelScale.ts): fit again around them at that size.
    declutterLabels(cy);
    fitOnce();
    // Placed now for the zoom the fit ended at, not on the next frame (which the zoom events asked
    // for): the first frame after a fit, and a new graph's first picture, show the names' places.
    this.labels.cancel();
    declutterLabels(cy);
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

  /**
   * Everything shown as a PNG, at twice screen size so it prints sharply: the view as drawn when
   * it holds the whole graph, else (zoomed in, or a phone's first view) the whole graph at this
   * zoom, its names placed over the whole picture for the export and back for the screen after.
   */
  png(background: string): Promise<Blob> {
    const cy = this.cy;
    const whole = cy.elements().renderedBoundingBox({});
    const inView =
      whole.x1 >= 0 && whole.y1 >= 0 && whole.x2 <= cy.width() && whole.y2 <= cy.height();
    const options = { output: "blob-promise", scale: PNG_SCALE, bg: background } as const;
    if (inView || this.large) return cy.png({ ...options, full: false });
    declutterLabels(cy, whole);
    // Drawn at once; only the encoding waits.
    const picture = cy.png({ ...options, full: true });
    declutterLabels(cy);
    return picture;
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

  /** Whether the graph is on the canvas: laid out, and for a big one all its slices in. */
  drawn(): boolean {
    return this.layouts.pending !== "load" && this.reveal.progress === null;
  }

  /** Where a node (or an edge's midpoint) is drawn, in viewport coordinates; null when not shown. */
  clientPosition(id: string): Position | null {
    const ele: SingularElementArgument = this.cy.getElementById(toCyId(id));
    const container = this.cy.container();
    if (ele.empty() || container === null || !this.drawn()) return null;
    const box = container.getBoundingClientRect();
    const at = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
    return { x: box.left + at.x, y: box.top + at.y };
  }
}

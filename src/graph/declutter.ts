import type { Core, SingularElementArgument } from "cytoscape";
import { isChanged, SHORT_LABEL, shortLabelOf, SIGN_LIFT } from "./changeMarks";
import { LABEL_SPOTS, placeLabels } from "./labelPlacement";
import type { Box } from "./labelPlacement";
import { LABEL_SCALES, labelScaleIndex, scaleClass } from "./labelScale";

// Without useCache: false a box read right after a restyle is the one from before it.
const LABEL_BOX = {
  useCache: false,
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

/** A label's box on screen, or null when it has no text. */
export function labelBox(ele: SingularElementArgument): Box | null {
  if (!ele.style("label")) return null;
  const box = ele.renderedBoundingBox(LABEL_BOX);
  return box.x2 > box.x1 && box.y2 > box.y1 ? box : null;
}

const BODY_BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;
const FRESH_BOX = { ...BODY_BOX, includeLabels: true, useCache: false } as const;

/** The attribute that marks an element drawn over the canvas (Legend, GraphControls). */
const OVER_CANVAS = "data-over-canvas";

/** The boxes, in canvas pixels, of what lies over this canvas (view buttons, legend). */
function overlays(cy: Core): Box[] {
  const container = cy.container();
  if (container === null) return [];
  const origin = container.getBoundingClientRect();
  return [...document.querySelectorAll(`[${OVER_CANVAS}]`)].flatMap((element) => {
    const r = element.getBoundingClientRect();
    const box = {
      x1: r.left - origin.left,
      y1: r.top - origin.top,
      x2: r.right - origin.left,
      y2: r.bottom - origin.top,
    };
    const over =
      r.width > 0 && box.x1 < cy.width() && box.x2 > 0 && box.y1 < cy.height() && box.y2 > 0;
    return over ? [box] : [];
  });
}

/** The middle of a node's box: a name may graze a node's rim, not cover its middle. */
function core({ x1, y1, x2, y2 }: Box): Box {
  const dx = (x2 - x1) / 4;
  const dy = (y2 - y1) / 4;
  return { x1: x1 + dx, y1: y1 + dy, x2: x2 - dx, y2: y2 - dy };
}

const SPOT_CLASSES = [...LABEL_SPOTS.slice(1), SHORT_LABEL].join(" ");

/**
 * Where an edge's short label ("×2", "▲") would go when its whole one ("met with ×2",
 * "▲ warmed") has no room: the same centre, level, the width in proportion to its characters,
 * with a few pixels to spare.
 */
function shortBox(
  ele: SingularElementArgument,
  box: Box,
  px: number,
  zoom: number,
): Box | undefined {
  if (!ele.isEdge()) return undefined;
  const short = shortLabelOf(ele);
  const whole = String(ele.style("label") ?? "");
  if (short === "" || whole === short) return undefined;
  // A glyph or a digit is about 0.6 em wide, a line 1.2 em tall; the halo adds about 2 px a side.
  const half = (short.length * px * 0.6) / 2 + 2;
  const x = (box.x1 + box.x2) / 2;
  const y = (box.y1 + box.y2) / 2 - (isChanged(ele) ? SIGN_LIFT * zoom : 0);
  return { x1: x - half, y1: y - px * 0.6 - 2, x2: x + half, y2: y + px * 0.6 + 2 };
}

const degreeOf = (node: SingularElementArgument): number => Number(node.data("degree") ?? 0);
const isMain = (ele: SingularElementArgument) => ele.isNode() && ele.data("hub") === true;

/**
 * Which label wins a place: the selection, then what is around it or matches the search, then
 * names before relation names, and among names the best connected (the main actors). Ties keep
 * the graph's own order, so the same view always names the same nodes.
 */
function priority(ele: SingularElementArgument): number {
  let score = 0;
  if (ele.hasClass("selected")) score += 1e7;
  if (ele.hasClass("highlight") || ele.hasClass("focus")) score += 1e6;
  if (ele.isNode()) score += 1e5 + 100 * degreeOf(ele);
  // "×2" says a line hides another current relationship: small, it outranks its ends' names,
  // which have seven other places to go; a change's sign, asked for, outranks its lesser end's.
  else if (ele.data("pairCount") || isChanged(ele)) {
    const ends = ele.connectedNodes().map(degreeOf);
    score += 1e5 + 100 * (isChanged(ele) ? Math.min(...ends) : Math.max(...ends)) + 50;
  }
  if (ele.hasClass("faded") || ele.hasClass("past")) score -= 5e5;
  return score;
}

/**
 * Draws labels at a readable size and hides those that would overlap one already placed, in
 * priority order, within `area` (default: the canvas on screen). Run after anything that moves or
 * restyles labels: a zoom, a step, a selection.
 * Returns how many labels it hid.
 */
export function declutterLabels(cy: Core, area?: Box): number {
  const index = labelScaleIndex(cy.zoom());
  const wanted = scaleClass(index);
  const all = cy.elements();
  cy.batch(() => {
    all.removeClass(`label-hidden ${SPOT_CLASSES}`);
    for (let i = -1; i < LABEL_SCALES.length; i++) {
      const cls = scaleClass(i);
      if (cls !== wanted) all.removeClass(cls);
    }
    all.addClass(wanted);
  });
  if (index < 0) return 0;
  // Once over the whole canvas first: one element's box read alone after a new font size is
  // still laid out with the old one.
  all.renderedBoundingBox(LABEL_BOX);
  const ranked = all
    .toArray()
    .map((ele, order) => ({ ele, order, score: priority(ele) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .flatMap(({ ele }) => {
      const box = labelBox(ele);
      return box === null ? [] : [{ ele, box }];
    });
  const bodies = all.nodes().map((node) => ({
    id: node.id(),
    at: node.renderedPosition(),
    box: core(node.renderedBoundingBox(BODY_BOX)),
    main: isMain(node),
  }));
  const items = ranked.map(({ ele, box }) => ({
    id: ele.id(),
    box,
    node: ele.isNode() ? ele.renderedPosition() : null,
    main: isMain(ele),
    short: shortBox(ele, box, parseFloat(ele.style("font-size")) * cy.zoom(), cy.zoom()),
  }));
  // The whole picture for an export: nothing lies over it there.
  const screen = area ?? { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const spots = placeLabels(items, bodies, screen, area ? [] : overlays(cy));
  const moved: [SingularElementArgument, string][] = [];
  const hidden: SingularElementArgument[] = [];
  ranked.forEach(({ ele }, i) => {
    const spot = spots[i] ?? -1;
    if (spot < 0) hidden.push(ele);
    else if (spot > 0) moved.push([ele, ele.isNode() ? (LABEL_SPOTS[spot] ?? "") : SHORT_LABEL]);
  });
  // Measured first, restyled after, in one batch: Cytoscape redraws each label once.
  cy.batch(() => {
    for (const [ele, spot] of moved) ele.addClass(spot);
    for (const ele of hidden) ele.addClass("label-hidden");
  });
  // Cytoscape draws each label clipped to its element's cached box, which does not follow a class
  // change by itself: measured anew here, every name is drawn whole where it now stands.
  all.boundingBox(FRESH_BOX);
  return hidden.length;
}

// Headless canvases (in Node) have no frames to wait for.
const nextFrame = (run: () => void): number =>
  typeof requestAnimationFrame === "function"
    ? requestAnimationFrame(run)
    : (setTimeout(run, 0) as unknown as number);

/**
 * Runs declutterLabels once per frame at most, whenever the function it returns is called, for
 * as long as `enabled` says (big graphs are drawn without names at a fitted zoom).
 */
export function labelPlacer(cy: Core, enabled: () => boolean): () => void {
  let frame: number | null = null;
  const schedule = () => {
    if (frame !== null || !enabled()) return;
    frame = nextFrame(() => {
      frame = null;
      if (!cy.destroyed()) declutterLabels(cy);
    });
  };
  return schedule;
}

/** One element as drawn, for the end-to-end measure of legibility. */
export interface DrawnLabel {
  id: string;
  node: boolean;
  /** The label's text as the stylesheet gives it. */
  text: string;
  /** The element's centre lies inside the canvas. */
  onScreen: boolean;
  /** Its label has text and is not transparent. */
  drawn: boolean;
  box: Box | null;
  /** Font size × zoom: the text's size on screen. */
  px: number;
}

/** Every element on the canvas with its label as Cytoscape renders it. */
export function drawnLabels(cy: Core): DrawnLabel[] {
  const w = cy.width();
  const h = cy.height();
  return cy.elements().map((ele) => {
    const at = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
    const box = labelBox(ele);
    return {
      id: ele.id(),
      node: ele.isNode(),
      text: String(ele.style("label") ?? ""),
      onScreen: at.x >= 0 && at.x <= w && at.y >= 0 && at.y <= h,
      drawn: box !== null && Number(ele.style("text-opacity")) > 0,
      box,
      px: parseFloat(ele.style("font-size")) * cy.zoom(),
    };
  });
}

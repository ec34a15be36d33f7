import type { Core, NodeSingular, SingularElementArgument } from "cytoscape";
import { isChanged, SHORT_LABEL, shortLabelOf, SIGN_LIFT } from "./changeMarks";
import { LABEL_SPOTS, placeLabels } from "./labelPlacement";
import type { Box } from "./labelPlacement";
import { belowKey, rememberBelow, rememberedBelow } from "./belowBoxes";
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
const CACHED_LABEL_BOX = { ...LABEL_BOX, useCache: true } as const;

/** A label's box on screen, or null when it has no text; `fresh: false` trusts Cytoscape's cache. */
export function labelBox(ele: SingularElementArgument, fresh = true): Box | null {
  if (!ele.style("label")) return null;
  const box = ele.renderedBoundingBox(fresh ? LABEL_BOX : CACHED_LABEL_BOX);
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
  // Only elements drawn at another scale (all of them after a zoom, a few restored ones after a
  // step) are given the new size.
  const rescaled = all.filter((ele) => !ele.hasClass(wanted));
  cy.batch(() => {
    for (let i = -1; i < LABEL_SCALES.length; i++) {
      const cls = scaleClass(i);
      if (cls !== wanted) rescaled.removeClass(cls);
    }
    rescaled.addClass(wanted);
  });
  if (index < 0) {
    cy.batch(() => all.removeClass(`label-hidden ${SPOT_CLASSES}`));
    return 0;
  }
  // Names measured under their nodes before are not measured again (belowBoxes.ts); the others
  // go back under their nodes to be measured there. Edges' names have one place: measured there.
  const boxes = new Map<SingularElementArgument, Box | null>();
  const keys = new Map<SingularElementArgument, string>();
  const unmeasured = cy.collection();
  all.forEach((ele) => {
    if (ele.isEdge()) return void unmeasured.merge(ele);
    const key = belowKey(ele as NodeSingular);
    const box = rememberedBelow(cy, ele as NodeSingular, key);
    if (box === undefined) {
      keys.set(ele, key);
      unmeasured.merge(ele);
    } else boxes.set(ele, box);
  });
  // An edge drawn short is measured whole again: there may be room for it now.
  cy.batch(() => {
    unmeasured.nodes().removeClass(SPOT_CLASSES);
    unmeasured.edges().removeClass(SHORT_LABEL);
  });
  // Over the whole canvas first after a new font size: one element's box read alone is still laid
  // out with the old one. That pass leaves every box fresh for the reads below.
  const warmed = rescaled.nonempty();
  if (warmed) all.renderedBoundingBox(LABEL_BOX);
  unmeasured.forEach((ele) => {
    const box = labelBox(ele, !warmed);
    boxes.set(ele, box);
    const key = keys.get(ele);
    if (key !== undefined) rememberBelow(cy, ele as NodeSingular, key, box);
  });
  const ranked = all
    .toArray()
    .map((ele, order) => ({ ele, order, score: priority(ele), box: boxes.get(ele) ?? null }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .flatMap(({ ele, box }) => (box === null ? [] : [{ ele, box }]));
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
  const wantedSpot = new Map<SingularElementArgument, number>();
  ranked.forEach(({ ele }, i) => wantedSpot.set(ele, spots[i] ?? -1));
  // Measured first, restyled after, in one batch, and only what changed: Cytoscape redraws each
  // changed label once.
  const moved = cy.collection();
  let hidden = 0;
  cy.batch(() => {
    all.forEach((ele) => {
      const spot = wantedSpot.get(ele) ?? 0;
      if (spot < 0) hidden++;
      if (ele.hasClass("label-hidden") !== spot < 0) ele.toggleClass("label-hidden", spot < 0);
      // An edge's one other place is its short label.
      const want = spot > 0 ? (ele.isNode() ? LABEL_SPOTS[spot] : SHORT_LABEL) : "";
      const has = [...LABEL_SPOTS, SHORT_LABEL].find((c) => c !== "" && ele.hasClass(c)) ?? "";
      if (want === has) return;
      if (has) ele.removeClass(has);
      if (want) ele.addClass(want);
      moved.merge(ele);
    });
  });
  // Cytoscape draws each label clipped to its element's cached box, which does not follow a class
  // change by itself: measured anew here, every moved name is drawn whole where it now stands.
  moved.boundingBox(FRESH_BOX);
  return hidden;
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

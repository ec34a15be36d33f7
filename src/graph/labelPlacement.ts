// Where names go, as pure geometry in screen pixels: declutter.ts measures the canvas, this
// decides, and the canvas is restyled once with the result.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A node's body: labels keep off its middle, and a name must sit nearer its own node than any other. */
export interface Body {
  id: string;
  at: Point;
  box: Box;
  /** A main actor's body: the only kind a main actor's name keeps clear of. */
  main: boolean;
}

export interface LabelItem {
  id: string;
  /** The label's box where the stylesheet puts it (under a node, along an edge). */
  box: Box;
  /** The node it names; null for an edge's label, which has no other place to go. */
  node: Point | null;
  /** A main actor's name: it may cover a lesser node rather than go unnamed. */
  main: boolean;
  /** An edge's shorter label, in its own box, tried when the whole one has no room. */
  short?: Box;
}

/** Where a name may go when the place under its node is taken, in order of preference. */
export const LABEL_SPOTS = [
  "",
  "label-above",
  "label-right",
  "label-left",
  "label-below-right",
  "label-above-right",
  "label-below-left",
  "label-above-left",
] as const;

// A pixel of slack: the boxes other than the measured one are worked out, not measured.
const SLACK = 1;
export const overlap = (a: Box, b: Box): boolean =>
  a.x1 < b.x2 + SLACK && b.x1 < a.x2 + SLACK && a.y1 < b.y2 + SLACK && b.y1 < a.y2 + SLACK;

// A name cut by the canvas edge is not read; one wholly off screen is out of the way anyway.
const inside = (box: Box, screen: Box): boolean =>
  !overlap(box, screen) ||
  (box.x1 >= screen.x1 && box.y1 >= screen.y1 && box.x2 <= screen.x2 && box.y2 <= screen.y2);

const distance = (box: Box, p: Point): number =>
  Math.hypot(Math.max(box.x1 - p.x, 0, p.x - box.x2), Math.max(box.y1 - p.y, 0, p.y - box.y2));

/**
 * The boxes of LABEL_SPOTS for a name measured under its node at `at`: the same size, as far
 * from the node's centre as under it.
 */
export function spotBoxes(below: Box, at: Point): Box[] {
  const w = below.x2 - below.x1;
  const h = below.y2 - below.y1;
  const reach = below.y1 - at.y;
  const box = (x1: number, y1: number): Box => ({ x1, y1, x2: x1 + w, y2: y1 + h });
  const above = 2 * at.y - below.y2;
  const right = at.x + reach;
  const left = at.x - reach - w;
  return [
    below,
    box(below.x1, above),
    box(right, at.y - h / 2),
    box(left, at.y - h / 2),
    box(right, below.y1),
    box(right, above),
    box(left, below.y1),
    box(left, above),
  ];
}

/**
 * Places `items` in the order given (most important first): each takes the first of its spots
 * that is on screen, clear of `occupied`, of every name placed before and of other nodes' middles, and nearer its
 * own node than any other. Returns each item's spot (an index into LABEL_SPOTS; for an edge, 1
 * is its short label), or -1: hidden.
 */
export function placeLabels(
  items: readonly LabelItem[],
  bodies: readonly Body[],
  screen: Box,
  occupied: readonly Box[] = [],
): number[] {
  // What lies over the canvas (its buttons, the legend) is taken before any name.
  const placed: Box[] = [...occupied];
  const fits = (item: LabelItem, box: Box): boolean => {
    if (!inside(box, screen) || placed.some((other) => overlap(box, other))) return false;
    // An edge's label sits on its own line: it need only keep off the nodes' middles.
    const own = item.node === null ? 0 : distance(box, item.node);
    // A main actor's bold name may lie over a lesser node rather than go unnamed.
    return bodies.every(
      (body) =>
        body.id === item.id ||
        (item.main && !body.main) ||
        (!overlap(box, body.box) && distance(box, body.at) >= own),
    );
  };
  return items.map((item) => {
    const candidates =
      item.node !== null
        ? spotBoxes(item.box, item.node)
        : [item.box, ...(item.short ? [item.short] : [])];
    const spot = candidates.findIndex((box) => fits(item, box));
    const chosen = candidates[spot];
    if (chosen !== undefined) placed.push(chosen);
    return spot;
  });
}

import type { Position } from "../model/types";

/** Room a node needs around it, in model units (a node and its label). */
export const NODE_SPACING = 110;

const far = (p: Position, occupied: readonly Position[], gap: number) =>
  occupied.every((o) => Math.hypot(o.x - p.x, o.y - p.y) >= gap);

/** The first free cell of a grid over the drawing, row by row: lone nodes fill a block, not a line. */
function onGrid(occupied: readonly Position[], gap: number): Position {
  const columns = Math.max(3, Math.ceil(Math.sqrt(occupied.length + 1)));
  const left = Math.min(...occupied.map((p) => p.x));
  const top = Math.min(...occupied.map((p) => p.y));
  for (let row = 0; ; row++) {
    for (let column = 0; column < columns; column++) {
      const spot = { x: left + column * gap, y: top + row * gap };
      if (far(spot, occupied, gap)) return spot;
    }
  }
}

/**
 * Where a new node goes: at the first free spot on a widening spiral around the centre of its
 * neighbours, or in a grid over the drawing when it has none, so nothing already drawn moves.
 */
export function placeNear(
  neighbours: readonly Position[],
  occupied: readonly Position[],
  gap = NODE_SPACING,
): Position {
  if (occupied.length === 0) return { x: 0, y: 0 };
  if (neighbours.length === 0) return onGrid(occupied, gap);
  const centre = {
    x: neighbours.reduce((s, p) => s + p.x, 0) / neighbours.length,
    y: neighbours.reduce((s, p) => s + p.y, 0) / neighbours.length,
  };
  // Golden-angle spiral: evenly spread tries, nearest first.
  for (let i = 1; i < 2000; i++) {
    const radius = gap * Math.sqrt(i) * 0.9;
    const angle = i * 2.39996;
    const spot = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    if (far(spot, occupied, gap)) return { x: Math.round(spot.x), y: Math.round(spot.y) };
  }
  return { x: centre.x, y: centre.y + gap * 50 };
}

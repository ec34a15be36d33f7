/** A node and its label as one box: centre and size, in model coordinates. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Beyond this many boxes the pairwise pass would cost more than it is worth. */
export const SEPARATE_MAX_BOXES = 400;
const ROUNDS = 200;
// Overlaps this small are left alone (and pairs are pushed this much further): chasing rounding
// errors would keep every round busy until the last.
const SLACK = 0.5;

/**
 * Pushes overlapping boxes apart until each pair is at least `gap` apart (give or take SLACK)
 * or ROUNDS passes are done. fcose keeps nodes apart only softly, and two labels drawn over each other read as
 * neither; each overlapping pair moves apart along the axis where it overlaps least, half each.
 * Boxes are visited in array order, so the result is as deterministic as the input. Moves the
 * boxes in place; does nothing for more than SEPARATE_MAX_BOXES.
 */
export function separate(boxes: Box[], gap: number): void {
  if (boxes.length > SEPARATE_MAX_BOXES) return;
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a === undefined || b === undefined) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const overlapX = (a.w + b.w) / 2 + gap - Math.abs(dx);
        const overlapY = (a.h + b.h) / 2 + gap - Math.abs(dy);
        if (overlapX <= SLACK || overlapY <= SLACK) continue;
        moved = true;
        if (overlapX < overlapY) {
          const shift = ((dx < 0 ? -1 : 1) * (overlapX + SLACK)) / 2;
          a.x -= shift;
          b.x += shift;
        } else {
          const shift = ((dy < 0 ? -1 : 1) * (overlapY + SLACK)) / 2;
          a.y -= shift;
          b.y += shift;
        }
      }
    }
    if (!moved) return;
  }
}

// The costly half of the layout, kept out of the main bundle: it runs in the layout worker, or
// is imported on demand where workers are missing. It pulls in cytoscape-fcose and its bases.
import { fcoseLayout } from "./fcoseLayout";
import type { LayoutInput, Positions } from "./layoutTypes";
import type { Box } from "./separate";
import { separate } from "./separate";
import { D3_FORCE_NODES, d3ForceLayout } from "./d3ForceLayout";

/** Space kept between one node's label box and the next. */
const LABEL_GAP = 6;

/**
 * Node positions for `input`, in its order: fcose (or, for big graphs, a cheaper force simulation),
 * then labels pushed clear of each other.
 */
export function solveLayout(input: LayoutInput): Positions {
  const { boxes, edges, tall } = input;
  const solve = boxes.length >= D3_FORCE_NODES ? d3ForceLayout : fcoseLayout;
  const centres = solve(
    boxes.map(({ w, h }) => (tall ? { w: h, h: w } : { w, h })),
    edges,
  );
  const placed: Box[] = boxes.map(({ w, h }, i) => {
    const at = centres[i] ?? { x: 0, y: 0 };
    return { ...(tall ? { x: at.y, y: at.x } : at), w, h };
  });
  separate(placed, LABEL_GAP);
  return placed.map(({ x, y }, i) => ({ x, y: y - (boxes[i]?.drop ?? 0) }));
}

// Sizes shared by the stylesheet and the layout: the layout reserves room for each label from
// these numbers instead of asking the renderer to measure text, which is slow on first use and
// depends on the fonts installed, so positions would differ from one machine to the next.

export const NODE_SIZE = 24;
export const SELECTED_SIZE = 30;
export const LABEL_FONT_SIZE = 13;
export const LABEL_LINE_HEIGHT = 1.2;
/** Where a node label wraps, in pixels at zoom 1. */
export const LABEL_MAX_WIDTH = 120;
/** Gap between a node and the label under it. */
export const LABEL_MARGIN = 4;

/** Nodes with this many edges or more are hubs: their names are set in bold. */
export const HUB_DEGREE = 8;

/**
 * From this many elements on, the canvas draws the cheap way: straight edges without labels or
 * arrows. Below it every edge is a labelled curve.
 */
export const LARGE_GRAPH_ELEMENTS = 2000;

export const isLargeGraph = (graph: { nodes: unknown[]; edges: unknown[] }): boolean =>
  graph.nodes.length + graph.edges.length >= LARGE_GRAPH_ELEMENTS;

// A generous average advance for a sans-serif face (DejaVu Sans is about 0.6 em, most UI faces
// less): reserving too much only spreads the drawing a little, too little lets labels collide.
const CHAR_WIDTH = 0.6 * LABEL_FONT_SIZE;

export interface Size {
  w: number;
  h: number;
}

/** The box a node label takes at zoom 1, wrapped at spaces the way the renderer wraps it. */
export function labelSize(label: string): Size {
  const words = label.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return { w: 0, h: 0 };
  let lines = 1;
  let line = 0;
  let widest = 0;
  for (const word of words) {
    const width = word.length * CHAR_WIDTH;
    const joined = line === 0 ? width : line + CHAR_WIDTH + width;
    if (line > 0 && joined > LABEL_MAX_WIDTH) {
      lines += 1;
      line = width;
    } else {
      line = joined;
    }
    widest = Math.max(widest, line);
  }
  const h = LABEL_FONT_SIZE * (lines + (lines - 1) * (LABEL_LINE_HEIGHT - 1));
  // A single word longer than the wrap width is not broken: it overflows, as on the canvas.
  return { w: widest, h };
}

// Sizes shared by the stylesheet and the layout: the layout reserves room for each label from
// these numbers instead of asking the renderer to measure text, which is slow on first use and
// depends on the fonts installed, so positions would differ from one machine to the next.

export const NODE_SIZE = 24;
export const SELECTED_SIZE = 30;
export const LABEL_FONT_SIZE = 13;
/** Hubs' names are larger (and bold): the few most connected names lead the eye. */
export const HUB_FONT_SIZE = 15;
/** Relation names, drawn zoomed in and around the selection. */
export const EDGE_FONT_SIZE = 13;
export const LABEL_LINE_HEIGHT = 1.2;
/** Where a node label wraps, in pixels at zoom 1. */
export const LABEL_MAX_WIDTH = 120;
/** Gap between a node and the label under it. */
export const LABEL_MARGIN = 4;

/** Nodes with this many edges or more are hubs. */
export const HUB_DEGREE = 8;

/**
 * From this many elements on, edges are drawn as straight lines without arrows until the reader
 * zooms in far enough to see curves, arrows and names (or selects around them): at a fitted zoom
 * they would be a few pixels wide, and drawing them costs every frame.
 */
export const MEDIUM_GRAPH_ELEMENTS = 500;
/** From this many elements on, edges are always straight lines without labels or arrows. */
export const LARGE_GRAPH_ELEMENTS = 2000;

/** How much detail the canvas can afford for a graph: see the two thresholds above. */
export type GraphScale = "small" | "medium" | "large";

export function graphScale(graph: { nodes: unknown[]; edges: unknown[] }): GraphScale {
  const elements = graph.nodes.length + graph.edges.length;
  if (elements >= LARGE_GRAPH_ELEMENTS) return "large";
  return elements >= MEDIUM_GRAPH_ELEMENTS ? "medium" : "small";
}

// A generous average advance for a sans-serif face (DejaVu Sans is about 0.6 em, most UI faces
// less): reserving too much only spreads the drawing a little, too little lets labels collide.
const CHAR_EM = 0.6;

export interface Size {
  w: number;
  h: number;
}

/**
 * A label broken into lines no wider than LABEL_MAX_WIDTH by the estimate above. The canvas is
 * given these lines as they are (the renderer would break by measured width, which is narrower,
 * so its lines would differ from the ones the layout made room for). A word longer than the limit
 * keeps a line of its own.
 */
export function wrapLabel(label: string, fontSize = LABEL_FONT_SIZE): string[] {
  const maxChars = Math.max(1, Math.floor(LABEL_MAX_WIDTH / (CHAR_EM * fontSize)));
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (word.length === 0) continue;
    if (line.length > 0 && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line.length > 0 ? `${line} ${word}` : word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** The box a label's lines (see wrapLabel) take at zoom 1, by the same estimate. */
export function labelSize(lines: readonly string[], fontSize = LABEL_FONT_SIZE): Size {
  if (lines.length === 0) return { w: 0, h: 0 };
  const widest = Math.max(...lines.map((line) => line.length));
  const count = lines.length;
  return {
    w: widest * CHAR_EM * fontSize,
    h: fontSize * (count + (count - 1) * (LABEL_LINE_HEIGHT - 1)),
  };
}

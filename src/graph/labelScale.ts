// Names are drawn at a size the reader can read at any zoom: Cytoscape sizes text in model units,
// so zoomed out a 13 px name shrinks to 5 px. Each label scale below multiplies every font (and
// the wrap width and halo with it); the controller picks the smallest that keeps the smallest
// font at MIN_LABEL_PX on screen. Scales are steps, not a continuous factor, so a zoom only
// restyles the canvas when it crosses one.
import type { StylesheetJson } from "cytoscape";
import {
  EDGE_FONT_SIZE,
  HUB_FONT_SIZE,
  LABEL_FONT_SIZE,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
} from "./metrics";

/** The smallest label worth drawing, in screen pixels. */
export const MIN_LABEL_PX = 12;

// Steps of 6%: names stay within 6% of the smallest readable size at any zoom down to 1/6.
export const LABEL_SCALES: readonly number[] = Array.from(
  { length: 32 },
  (_, i) => Math.round(1.06 ** i * 1000) / 1000,
);

/** The class naming scale `i`; "labels-off" below the last one, where no label could be read. */
export const scaleClass = (i: number): string => (i < 0 ? "labels-off" : `label-scale-${i}`);

const SMALLEST_FONT = Math.min(EDGE_FONT_SIZE, LABEL_FONT_SIZE, HUB_FONT_SIZE);

/** The index of the scale to draw at `zoom`, or -1 when even the largest is too small. */
export function labelScaleIndex(zoom: number): number {
  return LABEL_SCALES.findIndex((k) => SMALLEST_FONT * k * zoom >= MIN_LABEL_PX);
}

const M = LABEL_MARGIN;
const RIGHT = { "text-halign": "right", "text-margin-x": M, "text-justification": "left" } as const;
const LEFT = { "text-halign": "left", "text-margin-x": -M, "text-justification": "right" } as const;
const ABOVE = { "text-valign": "top", "text-margin-y": -M } as const;
const MIDDLE = { "text-valign": "center", "text-margin-y": 0 } as const;

/** Where each of declutter.ts's LABEL_SPOTS puts a name (the base style puts it below). */
const SPOT_STYLES = {
  "label-above": ABOVE,
  "label-right": { ...RIGHT, ...MIDDLE },
  "label-left": { ...LEFT, ...MIDDLE },
  "label-below-right": RIGHT,
  "label-above-right": { ...RIGHT, ...ABOVE },
  "label-below-left": LEFT,
  "label-above-left": { ...LEFT, ...ABOVE },
};

/** The label scale blocks; they come after the base styles they multiply. */
export function labelScaleStyles(outlineWidth: number): StylesheetJson {
  return [
    ...LABEL_SCALES.flatMap((k, i) => [
      {
        selector: `node.${scaleClass(i)}`,
        style: {
          "font-size": LABEL_FONT_SIZE * k,
          "text-max-width": `${LABEL_MAX_WIDTH * k}px`,
          "text-outline-width": outlineWidth * k,
        },
      },
      { selector: `node[?hub].${scaleClass(i)}`, style: { "font-size": HUB_FONT_SIZE * k } },
      {
        selector: `edge.${scaleClass(i)}`,
        style: { "font-size": EDGE_FONT_SIZE * k, "text-outline-width": outlineWidth * k },
      },
    ]),
    ...Object.entries(SPOT_STYLES).map(([spot, style]) => ({ selector: `node.${spot}`, style })),
    // Hidden, not emptied: a hidden label keeps its box, so the next pass can measure it again.
    { selector: ".labels-off, .label-hidden", style: { "text-opacity": 0 } },
  ];
}

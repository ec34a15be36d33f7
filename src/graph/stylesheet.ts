import type { StylesheetJson } from "cytoscape";
import { NODE_KINDS, STANCES } from "../domain/model/types";
import { labelScaleStyles } from "./labelScale";
import { changeMarkStyles, SHORT_LABEL } from "./changeMarks";
import {
  EDGE_FONT_SIZE,
  HUB_FONT_SIZE,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
  NODE_SIZE,
  SELECTED_SIZE,
} from "./metrics";
import type { GraphScale } from "./metrics";
import { SPECULATIVE_OPACITY } from "./elements";
import { faintKey } from "./fileColours";
import type { ColorScheme, StanceLine, Theme } from "./palette";
import { KIND_SHAPE, PAST_OPACITY, STANCE_LINE, THEMES } from "./palette";

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const FADED_OPACITY = 0.15;
// Cytoscape skips a label while its font, scaled by the zoom rounded up to a power of two (times
// the pixel ratio), is below these. Node names show on a fitted article graph and disappear on a
// zoomed-out big one; relation names are only asked for when zoomed in or around the selection.
const NODE_LABEL_MIN_PX = 7;
const EDGE_LABEL_MIN_PX = 6;

const HALO_WIDTH = 2.5;
// A halo in the background colour keeps text legible where it crosses lines.
const halo = (theme: Theme) =>
  ({
    "text-outline-color": theme.background,
    "text-outline-width": HALO_WIDTH,
    "text-outline-opacity": 0.9,
  }) as const;

// Cytoscape's own "dotted" is a fixed 1px pattern; dots that match the legend's are round-capped
// dashes of (almost) no length.
const lineStyle = ({ width, dash, cap }: StanceLine) =>
  dash.length === 0
    ? ({ width, "line-style": "solid" } as const)
    : ({ width, "line-style": "dashed", "line-dash-pattern": [...dash], "line-cap": cap } as const);

/**
 * Relation names, for edges the controller marks `labelled` (zoomed in far enough to read them)
 * and around the selection. Big graphs never name edges: the text would cost every frame.
 */
const edgeLabels = (theme: Theme): StylesheetJson => [
  { selector: "edge.labelled, edge.highlight", style: { label: "data(relation)" } },
  { selector: "edge.past.labelled, edge.past.highlight", style: { label: "data(pastLabel)" } },
  { selector: "edge.highlight", style: { color: theme.text } },
];

/** Straight edges: no curves or arrows to compute for thousands of them. */
const STRAIGHT_EDGES: StylesheetJson = [
  {
    selector: "edge",
    style: { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none" },
  },
];

/** Curves and arrows come back where the edges are named: zoomed in, or around the selection. */
const DETAILED_EDGES: StylesheetJson = [
  {
    selector: "edge.labelled, edge.highlight",
    style: { "curve-style": "straight", "target-arrow-shape": "triangle" },
  },
];

/**
 * A big graph is read zoomed out, where a node is a few pixels across: its ring in the background
 * colour cannot be seen and hairline edges cover less. Each costs a little on every element of
 * every frame (about a tenth of a 20k-element step).
 */
const LARGE_GRAPH_DETAIL: StylesheetJson = [
  ...STRAIGHT_EDGES,
  { selector: "edge", style: { width: 1 } },
  { selector: "node", style: { "border-width": 0 } },
];

/**
 * A pair's line counts its relationships that are current, zoomed in or out: which one a relation
 * name would name is for Details to say. Selected, the line names its latest one before the count.
 */
const PAIR_COUNT_LABEL: StylesheetJson = [
  {
    selector: "edge[?pairCount]",
    // Level, it takes the least room on a short line between two crowded names.
    style: { label: "data(pairCount)", "font-weight": "bold", "text-rotation": "none" },
  },
];
const COUNTED_RELATION: StylesheetJson = [
  {
    selector: "edge[?pairCount].labelled, edge[?pairCount].highlight",
    style: { label: "data(pairCount)" },
  },
  { selector: "edge[?pairCount].selected", style: { label: "data(countedRelation)" } },
  // Where "met with ×2" has no room, the count alone (declutter.ts).
  { selector: `edge[?pairCount].${SHORT_LABEL}`, style: { label: "data(pairCount)" } },
];

const EDGE_DETAIL: Record<GraphScale, (theme: Theme) => StylesheetJson> = {
  small: (theme) => [
    ...SPECULATIVE_LABEL,
    ...PAIR_COUNT_LABEL,
    ...edgeLabels(theme),
    ...COUNTED_RELATION,
  ],
  medium: (theme) => [
    ...STRAIGHT_EDGES,
    ...DETAILED_EDGES,
    ...PAIR_COUNT_LABEL,
    ...edgeLabels(theme),
    ...COUNTED_RELATION,
  ],
  large: () => LARGE_GRAPH_DETAIL,
};

// Conjecture shows as a "?" on the line even where relation names are not drawn.
const SPECULATIVE_LABEL: StylesheetJson = [
  { selector: "edge[?speculative]", style: { label: "?", "font-weight": "bold" } },
];

// Later blocks win, so state classes come after the kind and stance blocks they override.
function buildStylesheet(scheme: ColorScheme, scale: GraphScale): StylesheetJson {
  const theme = THEMES[scheme];
  return [
    {
      selector: "node",
      style: {
        label: "data(text)",
        width: NODE_SIZE,
        height: NODE_SIZE,
        "border-width": 1.5,
        "border-color": theme.background,
        color: theme.text,
        "font-family": FONT,
        "font-size": LABEL_FONT_SIZE,
        "line-height": LABEL_LINE_HEIGHT,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": LABEL_MARGIN,
        "text-wrap": "wrap",
        "text-max-width": `${LABEL_MAX_WIDTH}px`,
        "min-zoomed-font-size": NODE_LABEL_MIN_PX,
        ...halo(theme),
      },
    },
    { selector: "node[?hub]", style: { "font-size": HUB_FONT_SIZE, "font-weight": "bold" } },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: KIND_SHAPE[kind], "background-color": theme.kind[kind] },
    })),
    { selector: "node[fill]", style: { "background-color": "data(fill)" } },
    // A file colour close to the background gets an outline that keeps the shape visible.
    { selector: `node[?${faintKey(scheme)}]`, style: { "border-color": theme.muted } },
    {
      selector: "edge",
      style: {
        // One line per pair (pairs.ts): no parallel lines to bow apart. Bundled beziers would
        // also trip Cytoscape, which keeps a stale "bundled" flag on a line that comes back.
        "curve-style": "straight",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        color: theme.muted,
        "font-family": FONT,
        "font-size": EDGE_FONT_SIZE,
        "text-rotation": "autorotate",
        "min-zoomed-font-size": EDGE_LABEL_MIN_PX,
        ...halo(theme),
      },
    },
    ...STANCES.map((stance) => ({
      selector: `edge[stance = "${stance}"]`,
      style: {
        ...lineStyle(STANCE_LINE[stance]),
        "line-color": theme.stance[stance],
        "target-arrow-color": theme.stance[stance],
      },
    })),
    {
      selector: `edge[line][!${faintKey(scheme)}]`,
      style: { "line-color": "data(line)", "target-arrow-color": "data(line)" },
    },
    { selector: "edge[?speculative]", style: { opacity: SPECULATIVE_OPACITY } },
    ...EDGE_DETAIL[scale](theme),
    // A straight line cannot draw a loop.
    { selector: "edge:loop", style: { "curve-style": "bezier" } },
    // Big graphs are read zoomed out, without names: they skip the label scales (declutter.ts).
    ...(scale === "large" ? [] : labelScaleStyles(HALO_WIDTH)),
    { selector: "node.past", style: { label: "data(pastText)" } },
    { selector: ".past", style: { opacity: PAST_OPACITY } },
    { selector: ".faded", style: { opacity: FADED_OPACITY } },
    { selector: ".highlight", style: { "z-index": 10 } },
    {
      selector: "node.focus",
      style: {
        "outline-width": 3,
        "outline-color": theme.focus,
        "outline-offset": 2,
        "font-weight": "bold",
      },
    },
    {
      selector: "edge.focus",
      style: { "underlay-color": theme.focus, "underlay-padding": 4, "underlay-opacity": 0.35 },
    },
    {
      selector: "node.selected",
      style: {
        width: SELECTED_SIZE,
        height: SELECTED_SIZE,
        "border-width": 3,
        "border-color": theme.text,
        "font-weight": "bold",
      },
    },
    ...changeMarkStyles(theme),
    {
      selector: "edge.selected",
      style: { "underlay-color": theme.selection, "underlay-padding": 5, "underlay-opacity": 0.3 },
    },
  ];
}

const bySchemeFor = (scale: GraphScale): Record<ColorScheme, StylesheetJson> => ({
  light: buildStylesheet("light", scale),
  dark: buildStylesheet("dark", scale),
});

/**
 * Built once per scale and scheme: react-cytoscapejs restyles whenever it is handed a different
 * object. The scale (see metrics.ts) sets how much edge detail is drawn.
 */
export const STYLESHEETS: Record<GraphScale, Record<ColorScheme, StylesheetJson>> = {
  small: bySchemeFor("small"),
  medium: bySchemeFor("medium"),
  large: bySchemeFor("large"),
};

import type { StylesheetJson } from "cytoscape";
import { NODE_KINDS, STANCES } from "../domain/types";
import type { ColorScheme, Theme } from "./palette";
import { DASH_PATTERN, KIND_SHAPE, PAST_OPACITY, STANCE_LINE, THEMES } from "./palette";

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const NODE_SIZE = 26;
const SELECTED_SIZE = 32;
const FADED_OPACITY = 0.15;

function labelBackground(theme: Theme) {
  return {
    "text-background-color": theme.background,
    "text-background-opacity": 0.8,
    "text-background-padding": "1px",
    "text-background-shape": "roundrectangle",
  } as const;
}

// Later blocks win, so state classes come after the kind and stance blocks they override.
function buildStylesheet(theme: Theme): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: NODE_SIZE,
        height: NODE_SIZE,
        "border-width": 1.5,
        "border-color": theme.background,
        color: theme.text,
        "font-family": FONT,
        "font-size": 11,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "110px",
        "min-zoomed-font-size": 6,
        ...labelBackground(theme),
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: KIND_SHAPE[kind], "background-color": theme.kind[kind] },
    })),
    {
      selector: "edge",
      style: {
        label: "data(relation)",
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "line-dash-pattern": [...DASH_PATTERN],
        color: theme.muted,
        "font-family": FONT,
        "font-size": 10,
        "text-rotation": "autorotate",
        "min-zoomed-font-size": 8,
        ...labelBackground(theme),
      },
    },
    ...STANCES.map((stance) => ({
      selector: `edge[stance = "${stance}"]`,
      style: {
        width: STANCE_LINE[stance].width,
        "line-style": STANCE_LINE[stance].style,
        "line-color": theme.stance[stance],
        "target-arrow-color": theme.stance[stance],
      },
    })),
    { selector: ".past", style: { label: "data(pastLabel)", opacity: PAST_OPACITY } },
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
    {
      selector: "edge.selected",
      style: { "underlay-color": theme.selection, "underlay-padding": 5, "underlay-opacity": 0.3 },
    },
  ];
}

/** Built once per scheme: react-cytoscapejs restyles whenever it is handed a different object. */
export const STYLESHEETS: Record<ColorScheme, StylesheetJson> = {
  light: buildStylesheet(THEMES.light),
  dark: buildStylesheet(THEMES.dark),
};

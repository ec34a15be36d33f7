// The one place that decides how stances and node kinds look. The canvas stylesheet and the HTML
// legend both read these constants, so the legend cannot drift from what the graph draws.
import type { NodeKind, Stance } from "../domain/model/types";

export type ColorScheme = "light" | "dark";

export interface Theme {
  background: string;
  text: string;
  muted: string;
  /** Border and outline of the selected element. */
  selection: string;
  /** Outline of elements matching the search. */
  focus: string;
  stance: Record<Stance, string>;
  kind: Record<NodeKind, string>;
}

// Every colour keeps at least 3:1 against its background (WCAG 1.4.11) and text keeps 4.5:1;
// palette.test.ts checks it.
export const THEMES: Record<ColorScheme, Theme> = {
  light: {
    background: "#ffffff",
    text: "#1f2328",
    muted: "#59636e",
    selection: "#0b57d0",
    focus: "#b35900",
    stance: { alliance: "#1a7f4b", rivalry: "#c62a2f", neutral: "#6e7781" },
    kind: {
      person: "#1f6fd1",
      organization: "#7a4fc9",
      media: "#c05600",
      government: "#00758f",
      program: "#a8327e",
      event: "#9a6b00",
      place: "#4d7c0f",
      asset: "#7a5c48",
    },
  },
  dark: {
    background: "#111418",
    text: "#e6edf3",
    muted: "#9aa4ae",
    selection: "#79b8ff",
    focus: "#ffb86b",
    stance: { alliance: "#40c982", rivalry: "#ff6b6b", neutral: "#8b949e" },
    kind: {
      person: "#6ea8fe",
      organization: "#b197fc",
      media: "#ff9f5a",
      government: "#4cc9e0",
      program: "#f08cc8",
      event: "#f2c94c",
      place: "#a9e34b",
      asset: "#c9a88f",
    },
  },
};

/** Shapes carry the kind for readers who cannot tell the colours apart. */
export const KIND_SHAPE = {
  person: "ellipse",
  organization: "round-rectangle",
  media: "rhomboid",
  government: "hexagon",
  program: "diamond",
  event: "star",
  place: "vee",
  asset: "triangle",
} as const satisfies Record<NodeKind, string>;

export type KindShape = (typeof KIND_SHAPE)[NodeKind];

export interface StanceLine {
  /** What the line reads as; each stance has its own. */
  style: "solid" | "dashed" | "dotted";
  width: number;
  /** Dash and gap lengths in pixels at zoom 1; empty for a solid line. */
  dash: readonly number[];
  /** Round caps turn the near-zero dashes of a dotted line into dots. */
  cap: "butt" | "round";
}

/**
 * Line style and weight tell the stance apart without colour. The canvas, the legend and every
 * small sample beside a relationship in the panels draw from these numbers.
 */
export const STANCE_LINE: Record<Stance, StanceLine> = {
  alliance: { style: "solid", width: 3, dash: [], cap: "butt" },
  rivalry: { style: "dashed", width: 3, dash: [8, 5], cap: "butt" },
  neutral: { style: "dotted", width: 2, dash: [0.1, 5], cap: "round" },
};

export const STANCE_LABEL: Record<Stance, string> = {
  alliance: "Alliance",
  rivalry: "Rivalry",
  neutral: "Neutral",
};

/** Opacity of elements that ended before the current timeline step. */
export const PAST_OPACITY = 0.4;

export const PAST_SUFFIX = " (past)";

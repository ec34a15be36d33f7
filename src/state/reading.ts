import type { ChangeTag } from "../domain/analysis";
import type { TextRange } from "../domain/story";
import type { CertaintyLevel } from "../domain/view";

/** The tabs of the analysis area beside the graph. */
export type AnalysisTab = "details" | "connections" | "changes" | "claims";

export const ANALYSIS_TABS: readonly AnalysisTab[] = [
  "details",
  "connections",
  "changes",
  "claims",
];

/**
 * How the reader is working through the story right now. Not part of the view: none of it belongs
 * in a shared link, and all of it resets with a new graph.
 */
export interface ReadingData {
  /** The passage picked in the Source panel: Details lists what it supports. */
  passage: TextRange | null;
  /** The paragraph under the pointer or keyboard focus: the graph points at it lightly. */
  hovered: TextRange | null;
  /** What the open analysis tab points at in the graph (a route, the changes); null for nothing. */
  emphasis: ReadonlySet<string> | null;
  /** How each relationship the Changes tab lists moved (id → warmed, soured…): marked on the canvas. */
  changeMarks: ReadonlyMap<string, ChangeTag> | null;
  tab: AnalysisTab;
}

export const NO_READING: ReadingData = {
  passage: null,
  hovered: null,
  emphasis: null,
  changeMarks: null,
  tab: "details",
};

export interface ReadingActions {
  /** Enters story mode at step `index` (0-based) and moves the timeline there; null leaves it. */
  setStory: (index: number | null) => void;
  setCertainty: (level: CertaintyLevel) => void;
  /** Picks a passage; Details shows what it supports until something is selected. */
  setPassage: (range: TextRange | null) => void;
  setHovered: (range: TextRange | null) => void;
  setEmphasis: (ids: ReadonlySet<string> | null) => void;
  setChangeMarks: (marks: ReadonlyMap<string, ChangeTag> | null) => void;
  setTab: (tab: AnalysisTab) => void;
}

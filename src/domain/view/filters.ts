import type { CertaintyLevel } from "./certainty";
import type { NodeKind, Stance } from "../model/types";

export type TimeMode = "upto" | "during";

/** Which elements to show by their quotes: all, those with a source, or those with none yet. */
export const SOURCING = ["all", "sourced", "unsourced"] as const;
export type Sourcing = (typeof SOURCING)[number];

/**
 * Everything that decides what the graph and lists show, as data: serialisable, so the URL can
 * carry it. Each field is read by one step of the filter pipeline (pipeline/).
 */
export interface ViewFilters {
  /** A period id, or null for "All time". */
  period: string | null;
  mode: TimeMode;
  hiddenKinds: readonly NodeKind[];
  hiddenStances: readonly Stance[];
  /** How sure the source must be of a relationship for the graph and lists to show it. */
  certainty: CertaintyLevel;
  sourcing: Sourcing;
  /** Narrows the lists (the canvas marks the matches instead of hiding the rest). */
  query: string;
  /** The search also looks in quote text, not only in names and aliases. */
  searchQuotes: boolean;
}

export interface ViewState extends ViewFilters {
  /** Selected node or edge id. */
  selection: string | null;
  /** The story step being read (an index into storySteps), or null outside story mode. */
  story: number | null;
}

export const initialView: ViewState = {
  period: null,
  mode: "upto",
  hiddenKinds: [],
  hiddenStances: [],
  certainty: "all",
  sourcing: "all",
  query: "",
  searchQuotes: false,
  selection: null,
  story: null,
};

export interface VisibleSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Shown, but ended before the current step: drawn faded and marked "past". */
  past: ReadonlySet<string>;
}

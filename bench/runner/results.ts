import type { GraphFamily } from "../generate";
import type { Machine } from "./machine";
import type { FirstFrame, PageResult } from "./pages";
import type { BundleSize } from "./prepare";
import type { Revision } from "./revision";
import type { ImportResult } from "./importRow";
import type { EditorResult } from "../editor";
import type { ProblemsResult } from "./problemsRow";
import type { LimitResult } from "./limitRow";

export const PAGES = ["app", "bare", "naive", "bare-webgl"] as const;
export type PageName = (typeof PAGES)[number];

/** A page that could not be measured keeps the reason in place of its figures. */
export type PageOutcome = PageResult | { error: string };

export interface SizeResult {
  /** Absent in runs from before the second family: those were all "communities". */
  family?: GraphFamily;
  elements: number;
  nodes: number;
  edges: number;
  /** Where the references' node positions came from: the app's layout in this run or an earlier one. */
  positionsFrom: "this run" | "an earlier run" | null;
  pages: Partial<Record<PageName, PageOutcome>>;
}

export interface BenchResult {
  date: string;
  options: {
    sizes: number[];
    families?: GraphFamily[];
    presses: number;
    searches: number;
    seed: number;
    loadTimeoutS: number;
  };
  machine: Machine;
  revision: Revision;
  /** The WebGL renderer the bare-webgl page got (SwiftShader means software rendering). */
  webglRenderer: string | null;
  bundle: BundleSize;
  /** The app on the built-in article graph, one entry per run. */
  article: FirstFrame[];
  sizes: SizeResult[];
  /** Opening a 20k-element Gephi GEXF in Node (parse worker's code path). */
  gexfImport?: ImportResult;
  /** Opening a file with 130,000 problems in the app (absent in runs from before this row). */
  problems?: ProblemsResult | { error: string };
  /** Opening the biggest generated file under the size limit (full runs only). */
  limit?: LimitResult | { error: string };
  /** The authoring editor's figures (absent in runs from before it was benchmarked). */
  editor?: EditorResult;
  /** Wall-clock time of the whole run, s. */
  durationS: number;
}

export const measured = (outcome: PageOutcome | undefined): PageResult | null =>
  outcome !== undefined && !("error" in outcome) ? outcome : null;

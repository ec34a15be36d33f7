import { openingView } from "../domain/view";
import type { ViewState } from "../domain/view";
import type { ProblemDigest } from "../domain/load/report";
import type { Graph, Problem } from "../domain/model/types";

export interface EntenteData {
  graph: Graph;
  /** Bumped on every load of a new file: panels holding per-graph state start afresh on it. */
  graphVersion: number;
  /** Warnings from loading the current graph (errors never replace a graph). */
  problems: Problem[];
  /** When `problems` are only the first of many warnings: all of them counted and as text. */
  problemDigest: ProblemDigest | null;
  /** Where the graph came from, when not built in: a URL's origin or a file name. */
  origin: string | null;
  view: ViewState;
}

export const initialState = (
  graph: Graph,
  problems: Problem[] = [],
  problemDigest: ProblemDigest | null = null,
): EntenteData => ({
  graph,
  graphVersion: 1,
  problems,
  problemDigest,
  origin: null,
  view: openingView(graph),
});

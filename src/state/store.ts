import { createStore } from "zustand/vanilla";
import type { StoreApi } from "zustand/vanilla";
import * as view from "../domain/view";
import type { Sourcing, TimeMode, ViewState } from "../domain/view";
import type { ProblemDigest } from "../domain/load/report";
import type { Graph, NodeKind, Problem, Stance } from "../domain/model/types";
import { initialState } from "./initialState";
import type { EntenteData } from "./initialState";
import { NO_READING } from "./reading";
import type { ReadingActions, ReadingData } from "./reading";

export interface EntenteActions {
  /**
   * `view` opens a shared link on its view (checked against the new graph); default: its opening
   * step. `digest` when `problems` are only the first of many.
   */
  loadGraph: (
    graph: Graph,
    problems: Problem[],
    origin: string | null,
    view?: ViewState,
    digest?: ProblemDigest,
  ) => void;
  /** Opens the view a link's query string describes, less whatever this graph lacks. */
  openLink: (query: string) => void;
  setPeriod: (period: string | null) => void;
  stepBy: (delta: number) => void;
  setMode: (mode: TimeMode) => void;
  toggleKind: (kind: NodeKind) => void;
  toggleStance: (stance: Stance) => void;
  setQuery: (query: string) => void;
  setSearchQuotes: (on: boolean) => void;
  select: (id: string | null) => void;
  setSourcing: (sourcing: Sourcing) => void;
  /** Clears kind, stance, certainty, sources and search filters; time and selection stay. */
  clearFilters: () => void;
}

export type EntenteState = EntenteData & ReadingData & EntenteActions & ReadingActions;
export type EntenteStore = StoreApi<EntenteState>;

/** One store per app (and per test): the actions are thin wrappers over the pure view producers. */
export function createEntenteStore(graph: Graph, problems: Problem[] = []): EntenteStore {
  return createStore<EntenteState>()((set, get) => {
    const apply = (producer: (v: ViewState) => ViewState) => set({ view: producer(get().view) });
    return {
      ...initialState(graph, problems),
      ...NO_READING,
      loadGraph: (next, nextProblems, origin, nextView, digest) =>
        set((s) => ({
          ...initialState(next, nextProblems, digest ?? null),
          ...NO_READING,
          graphVersion: s.graphVersion + 1,
          origin,
          ...(nextView && { view: nextView }),
        })),
      openLink: (query) => apply(() => view.queryToView(query, get().graph)),
      setPeriod: (period) => apply(view.setPeriod(period)),
      stepBy: (delta) => apply(view.stepBy(get().graph, delta)),
      setMode: (mode) => apply(view.setMode(mode)),
      toggleKind: (kind) => apply(view.toggleKind(kind)),
      toggleStance: (stance) => apply(view.toggleStance(stance)),
      setQuery: (query) => apply(view.setQuery(query)),
      setSearchQuotes: (on) => apply(view.setSearchQuotes(on)),
      // A selection takes Details over from the passage it may have come from.
      select: (id) => set({ view: view.select(id)(get().view), passage: null }),
      setSourcing: (sourcing) => apply(view.setSourcing(sourcing)),
      clearFilters: () => apply(view.clearFilters()),
      setStory: (index) => apply(view.goToStory(get().graph, index)),
      setCertainty: (level) => apply(view.setCertainty(level)),
      setPassage: (passage) => set({ passage }),
      setHovered: (hovered) => set({ hovered }),
      setEmphasis: (emphasis) => set({ emphasis }),
      setChangeMarks: (changeMarks) => set({ changeMarks }),
      setTab: (tab) => set({ tab }),
    };
  });
}

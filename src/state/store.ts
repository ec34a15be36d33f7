import { createStore } from "zustand/vanilla";
import type { StoreApi } from "zustand/vanilla";
import * as view from "../domain/view";
import type { TimeMode, ViewState } from "../domain/view";
import type { Graph, NodeKind, Problem, Stance } from "../domain/types";
import { initialState } from "./initialState";
import type { EntenteData } from "./initialState";

export interface EntenteActions {
  loadGraph: (graph: Graph, problems: Problem[], origin: string | null) => void;
  setView: (next: ViewState) => void;
  setPeriod: (period: string | null) => void;
  stepBy: (delta: number) => void;
  setMode: (mode: TimeMode) => void;
  toggleKind: (kind: NodeKind) => void;
  toggleStance: (stance: Stance) => void;
  setQuery: (query: string) => void;
  select: (id: string | null) => void;
  reset: () => void;
}

export type EntenteState = EntenteData & EntenteActions;
export type EntenteStore = StoreApi<EntenteState>;

/** One store per app (and per test): the actions are thin wrappers over the pure view producers. */
export function createEntenteStore(graph: Graph, problems: Problem[] = []): EntenteStore {
  return createStore<EntenteState>()((set, get) => {
    const apply = (producer: (v: ViewState) => ViewState) => set({ view: producer(get().view) });
    return {
      ...initialState(graph, problems),
      loadGraph: (next, nextProblems, origin) =>
        set((s) => ({
          ...initialState(next, nextProblems),
          graphVersion: s.graphVersion + 1,
          origin,
        })),
      setView: (next) => set({ view: next }),
      setPeriod: (period) => apply(view.setPeriod(period)),
      stepBy: (delta) => apply(view.stepBy(get().graph, delta)),
      setMode: (mode) => apply(view.setMode(mode)),
      toggleKind: (kind) => apply(view.toggleKind(kind)),
      toggleStance: (stance) => apply(view.toggleStance(stance)),
      setQuery: (query) => apply(view.setQuery(query)),
      select: (id) => apply(view.select(id)),
      reset: () => set(initialState(graph, problems)),
    };
  });
}

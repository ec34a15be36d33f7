import type { CertaintyLevel } from "./certainty";
import type { Graph, NodeKind, Stance } from "../model/types";
import { initialView } from "./filters";
import type { Sourcing, TimeMode, ViewState } from "./filters";
import { stepIndex, timelineSteps } from "./steps";
import { storySteps } from "../story/storySteps";

// Producers: (args) → (view) → view. The store wraps them; tests call them directly.
type Producer = (view: ViewState) => ViewState;

export const setPeriod =
  (period: string | null): Producer =>
  (view) => ({ ...view, period });

/** Moves the timeline by `delta` steps, clamped to the ends. */
export const stepBy =
  (graph: Graph, delta: number): Producer =>
  (view) => {
    const steps = timelineSteps(graph);
    const index = Math.min(steps.length - 1, Math.max(0, stepIndex(graph, view.period) + delta));
    return { ...view, period: steps[index]?.period ?? null };
  };

export const setMode =
  (mode: TimeMode): Producer =>
  (view) => ({ ...view, mode });

const toggle = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const toggleKind =
  (kind: NodeKind): Producer =>
  (view) => ({ ...view, hiddenKinds: toggle(view.hiddenKinds, kind) });

export const toggleStance =
  (stance: Stance): Producer =>
  (view) => ({ ...view, hiddenStances: toggle(view.hiddenStances, stance) });

export const setQuery =
  (query: string): Producer =>
  (view) => ({ ...view, query });

export const setSearchQuotes =
  (searchQuotes: boolean): Producer =>
  (view) => ({ ...view, searchQuotes });

export const select =
  (selection: string | null): Producer =>
  (view) => ({ ...view, selection });

/**
 * Enters story mode at step `index` (null leaves it), moving the timeline to the step's period in
 * the same update, so the URL and the canvas never see a step without its time. Leaving keeps the
 * period the reader was at.
 */
export const setStory =
  (index: number | null, period?: string | null): Producer =>
  (view) => ({
    ...view,
    story: index,
    ...(index !== null && period !== undefined ? { period } : {}),
  });

/** Enters `graph`'s story step `index` with its period; null, or an index past the end, leaves. */
export const goToStory =
  (graph: Graph, index: number | null): Producer =>
  (view) => {
    const step = index === null ? undefined : storySteps(graph)[index];
    return setStory(step ? index : null, step?.period)(view);
  };

export const setCertainty =
  (certainty: CertaintyLevel): Producer =>
  (view) => ({ ...view, certainty });

export const setSourcing =
  (sourcing: Sourcing): Producer =>
  (view) => ({ ...view, sourcing });

/** Clears kind, stance, certainty, sources and search filters; the time step and selection stay. */
export const clearFilters = (): Producer => (view) => ({
  ...view,
  hiddenKinds: [],
  hiddenStances: [],
  certainty: initialView.certainty,
  sourcing: initialView.sourcing,
  query: "",
});

export const isFiltered = (view: ViewState): boolean =>
  view.hiddenKinds.length > 0 ||
  view.hiddenStances.length > 0 ||
  view.certainty !== initialView.certainty ||
  view.sourcing !== initialView.sourcing ||
  view.query !== "";

import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { elementsInRange, storySteps } from "../domain/story";
import type { ElementIds, TextRange } from "../domain/story";
import type { Graph } from "../domain/model/types";
import { outlined } from "../domain/view";
import { graphScale } from "../graph";
import { useCalm } from "./useCalm";
import { selectMatches, selectShown, useEntente } from "../state";
import type { EntenteState } from "../state";

/** How long typing must pause before a big graph outlines the search's matches. */
export const OUTLINE_PAUSE_MS = 250;

/** What the canvas emphasises: `focus` ids, and whether everything else fades behind them. */
export interface GraphEmphasis {
  focus: ReadonlySet<string> | undefined;
  spotlight: boolean;
}

const selectReading = (s: EntenteState) => ({
  graph: s.graph,
  shown: selectShown(s),
  matches: selectMatches(s),
  hovered: s.hovered,
  passage: s.passage,
  emphasis: s.emphasis,
  story: s.view.story,
});

/** The elements plus the ends of their relationships, so no edge is lit between faded nodes. */
export function withEnds(graph: Graph, { nodes, edges }: ElementIds): Set<string> {
  const ids = new Set([...nodes, ...edges]);
  for (const id of edges) {
    const edge = graph.edgeById.get(id);
    if (edge) ids.add(edge.source).add(edge.target);
  }
  return ids;
}

const inRange = (graph: Graph, range: TextRange | null): Set<string> | null =>
  range && withEnds(graph, elementsInRange(graph, range.start, range.end));

/**
 * Read-along for the canvas: the hovered paragraph's elements lightly (no fading, it follows the
 * pointer), else a spotlight on the picked passage, the open tab's route or changes, or the story
 * step, in that order; else the search matches among the nodes on show (the first
 * OUTLINED_MATCHES of them).
 */
export function useGraphEmphasis(): GraphEmphasis {
  const { graph, shown, matches, hovered, passage, emphasis, story } = useEntente(
    useShallow(selectReading),
  );
  const hoveredIds = useMemo(() => inRange(graph, hovered), [graph, hovered]);
  const passageIds = useMemo(() => inRange(graph, passage), [graph, passage]);
  const step = story === null ? undefined : storySteps(graph)[story];
  const storyIds = useMemo(() => step && withEnds(graph, step), [graph, step]);
  // Outlining restyles the canvas, which redraws all of a big graph (~300 ms at 20,000
  // elements on a quiet machine): there it follows the typing once it pauses, not each key.
  const calmMatches = useCalm(matches, graphScale(graph) === "large" ? OUTLINE_PAUSE_MS : null);
  const searchIds = useMemo(
    () => calmMatches && outlined(calmMatches.nodes, shown.nodes),
    [calmMatches, shown],
  );
  return useMemo(() => {
    if (hoveredIds) return { focus: hoveredIds, spotlight: false };
    const spotlit = passageIds ?? emphasis ?? storyIds;
    if (spotlit) return { focus: spotlit, spotlight: true };
    return { focus: searchIds ?? undefined, spotlight: false };
  }, [hoveredIds, passageIds, emphasis, storyIds, searchIds]);
}

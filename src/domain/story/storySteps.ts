import type { Graph, GraphEdge, GraphNode, StoryStep } from "../model/types";
import { anyQuoteInRange, elementsInRange, paragraphRanges, type TextRange } from "./readAlong";
import { inferPeriod } from "./stepPeriod";

export interface ResolvedStoryStep {
  title: string;
  /** The step's narration: the file's own text, or the whole paragraph for a derived step. */
  text?: string;
  nodes: string[];
  edges: string[];
  /** The period to move the timeline to; null for "All time". */
  period: string | null;
  /** The paragraph of the source text the step reads from; null when none of its quotes is anchored. */
  range: TextRange | null;
  /** True for steps written in the file's `story`, false for steps derived from paragraphs. */
  authored: boolean;
}

const TITLE_WORDS = 8;

/** A paragraph's heading: the paragraph itself when short, else its first words and "…". */
export function paragraphTitle(paragraph: string): string {
  const words = paragraph.trim().split(/\s+/);
  // A couple of words to spare, so "…" never stands in for one or two words.
  if (words.length <= TITLE_WORDS + 2) return words.join(" ");
  return `${words
    .slice(0, TITLE_WORDS)
    .join(" ")
    .replace(/[\s,;:–—-]+$/u, "")}…`;
}

function firstAnchorStart(elements: readonly (GraphNode | GraphEdge | undefined)[]): number | null {
  let first: number | null = null;
  for (const element of elements)
    for (const { anchor } of element?.evidence ?? [])
      if (anchor && (first === null || anchor.start < first)) first = anchor.start;
  return first;
}

/** An authored step reads from where its story starts: its first quoted edge, else node. */
function authoredRange(graph: Graph, step: StoryStep, paragraphs: TextRange[]): TextRange | null {
  const first =
    firstAnchorStart(step.edges.map((id) => graph.edgeById.get(id))) ??
    firstAnchorStart(step.nodes.map((id) => graph.nodeById.get(id)));
  if (first === null) return null;
  return paragraphs.find((p) => p.start <= first && first < p.end) ?? null;
}

function authoredSteps(graph: Graph, story: readonly StoryStep[]): ResolvedStoryStep[] {
  const paragraphs = paragraphRanges(graph.source.text);
  const periodIds = new Set(graph.periods.map((p) => p.id));
  return story.map((step) => ({
    title: step.title,
    ...(step.text === undefined ? {} : { text: step.text }),
    nodes: [...step.nodes],
    edges: [...step.edges],
    period:
      step.period !== undefined && periodIds.has(step.period)
        ? step.period
        : inferPeriod(graph, step.nodes, step.edges),
    range: authoredRange(graph, step, paragraphs),
    authored: true,
  }));
}

function derivedSteps(graph: Graph): ResolvedStoryStep[] {
  return paragraphRanges(graph.source.text).flatMap((range) => {
    const { nodes, edges } = elementsInRange(graph, range.start, range.end);
    if (nodes.length === 0 && edges.length === 0) return [];
    const text = graph.source.text.slice(range.start, range.end).trim();
    const period = inferPeriod(graph, nodes, edges);
    return [{ title: paragraphTitle(text), text, nodes, edges, period, range, authored: false }];
  });
}

const cache = new WeakMap<Graph, readonly ResolvedStoryStep[]>();

/**
 * The guided walk through the graph: the file's `story` when it has one (periods as written,
 * else inferred), otherwise one step per paragraph of the source that quotes at least one
 * element, in article order, its period inferred (see inferPeriod). Computed once per graph.
 */
export function storySteps(graph: Graph): readonly ResolvedStoryStep[] {
  let steps = cache.get(graph);
  if (!steps) {
    steps = graph.story ? authoredSteps(graph, graph.story) : derivedSteps(graph);
    cache.set(graph, steps);
  }
  return steps;
}

/**
 * Whether storySteps(graph) has any step, without resolving them: a Story button asks this on
 * every load, and resolving a 20,000-element graph's steps (a period inferred for each) would
 * hold up its first drawing.
 */
export function hasStorySteps(graph: Graph): boolean {
  const cached = cache.get(graph);
  if (cached) return cached.length > 0;
  if (graph.story) return graph.story.length > 0;
  return paragraphRanges(graph.source.text).some((r) => anyQuoteInRange(graph, r.start, r.end));
}

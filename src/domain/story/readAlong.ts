import { segmentParagraphs } from "../view/segments";
import type { Graph } from "../model/types";

/** A stretch of `graph.source.text`, start inclusive and end exclusive (UTF-16 code units). */
export interface TextRange {
  start: number;
  end: number;
}

export interface ElementIds {
  nodes: string[];
  edges: string[];
}

/**
 * The paragraphs exactly as the Source panel shows them (segmentParagraphs: one per non-blank
 * line), so a hovered paragraph and its range always agree.
 */
export function paragraphRanges(text: string): TextRange[] {
  return segmentParagraphs<never>(text, []).map((p) => ({
    start: p.start,
    end: p.segments.at(-1)?.end ?? p.start,
  }));
}

interface AnchorIndex {
  /** Anchored quotes sorted by start; `element` is the position in [...nodes, ...edges]. */
  starts: number[];
  ends: number[];
  elements: number[];
  /** Largest end among the first i+1 quotes: non-decreasing, so it can be binary-searched. */
  maxEnd: number[];
}

const indexes = new WeakMap<Graph, AnchorIndex>();

function indexOf(graph: Graph): AnchorIndex {
  const cached = indexes.get(graph);
  if (cached) return cached;
  const quotes: [start: number, end: number, element: number][] = [];
  [...graph.nodes, ...graph.edges].forEach((element, i) => {
    for (const { anchor } of element.evidence)
      if (anchor) quotes.push([anchor.start, anchor.end, i]);
  });
  quotes.sort((a, b) => a[0] - b[0]);
  let running = -Infinity;
  const index: AnchorIndex = {
    starts: quotes.map((q) => q[0]),
    ends: quotes.map((q) => q[1]),
    elements: quotes.map((q) => q[2]),
    maxEnd: quotes.map((q) => (running = Math.max(running, q[1]))),
  };
  indexes.set(graph, index);
  return index;
}

/** The first index whose value passes `test`, for a test that is false then true along `values`. */
function firstWhere(values: readonly number[], test: (value: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(values[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Whether any quote overlaps [start, end): the first quote whose running end passes `start`
 * (see elementsInRange) ends past it itself, so one starting before `end` is enough.
 */
export function anyQuoteInRange(graph: Graph, start: number, end: number): boolean {
  if (!(start < end)) return false;
  const index = indexOf(graph);
  const from = firstWhere(index.maxEnd, (e) => e > start);
  return from < index.starts.length && (index.starts[from] as number) < end;
}

/**
 * Every node and edge with a quote overlapping the half-open range [start, end), each once, in
 * graph order. An empty or inverted range overlaps nothing. The index is built once per graph;
 * a query then scans only the quotes that start before `end` and could still reach `start`.
 */
export function elementsInRange(graph: Graph, start: number, end: number): ElementIds {
  if (!(start < end)) return { nodes: [], edges: [] };
  const index = indexOf(graph);
  const from = firstWhere(index.maxEnd, (e) => e > start);
  const to = firstWhere(index.starts, (s) => s >= end);
  const hit = new Set<number>();
  for (let i = from; i < to; i++) {
    if ((index.ends[i] as number) > start) hit.add(index.elements[i] as number);
  }
  const nodes: string[] = [];
  const edges: string[] = [];
  const count = graph.nodes.length;
  for (const i of [...hit].sort((a, b) => a - b)) {
    const id = i < count ? graph.nodes[i]?.id : graph.edges[i - count]?.id;
    if (id !== undefined) (i < count ? nodes : edges).push(id);
  }
  return { nodes, edges };
}

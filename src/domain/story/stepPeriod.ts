import type { Graph, GraphEdge, GraphNode } from "../model/types";
import { initialView } from "../view/filters";
import { elementSpan, filterGraph } from "../view/pipeline";

interface Snapshot {
  period: string;
  /** Shown and not past at this step, in "upto" mode with no filters. */
  current: ReadonlySet<string>;
  past: ReadonlySet<string>;
}

// One filtered graph per period and graph, shared by every step that asks.
const snapshotCache = new WeakMap<Graph, Snapshot[]>();

function snapshotsOf(graph: Graph): Snapshot[] {
  let cached = snapshotCache.get(graph);
  if (!cached) {
    cached = graph.periods.map(({ id: period }) => {
      const visible = filterGraph(graph, { ...initialView, period });
      const current = new Set([...visible.nodes, ...visible.edges]);
      for (const id of visible.past) current.delete(id);
      return { period, current, past: visible.past };
    });
    snapshotCache.set(graph, cached);
  }
  return cached;
}

/** The latest step at which one of these first shows (current or past); null when none ever does. */
function newestAppearance(snapshots: readonly Snapshot[], ids: readonly string[]): string | null {
  const firstShown = (id: string) =>
    snapshots.findIndex((s) => s.current.has(id) || s.past.has(id));
  const newest = ids.reduce((latest, id) => Math.max(latest, firstShown(id)), -1);
  return snapshots[newest]?.period ?? null;
}

/** The step showing the most of these current, then the fewest past, then the latest. */
function bestShowing(snapshots: readonly Snapshot[], ids: readonly string[]): string | null {
  let best: { period: string; current: number; past: number } | null = null;
  for (const snapshot of snapshots) {
    const current = ids.filter((id) => snapshot.current.has(id)).length;
    const past = ids.filter((id) => snapshot.past.has(id)).length;
    if (current === 0) continue;
    if (!best || current > best.current || (current === best.current && past <= best.past))
      best = { period: snapshot.period, current, past };
  }
  return best?.period ?? null;
}

/**
 * The timeline period a story step belongs to, judged by the timeline's own "upto" rule on the
 * step's dated elements (undated ones look the same at every step):
 *   1. events (nodes with a date) are what a paragraph narrates: the step at which the newest of
 *      them has appeared, so the inauguration lands in January and the meeting in July;
 *   2. without events, its dated relationships and entities: the step showing the most of them
 *      current, then the fewest already past (a feud told as background belongs before it
 *      ended), then the latest (an article tells a lasting state as it stands at its newest);
 *   3. otherwise null, "All time".
 */
export function inferPeriod(
  graph: Graph,
  nodes: readonly string[],
  edges: readonly string[],
): string | null {
  const elements = [
    ...nodes.map((id) => graph.nodeById.get(id)),
    ...edges.map((id) => graph.edgeById.get(id)),
  ].filter((e): e is GraphNode | GraphEdge => e !== undefined && elementSpan(e) !== null);
  const events = elements.filter((e) => "date" in e && e.date !== undefined).map((e) => e.id);
  const snapshots = snapshotsOf(graph);
  return (
    (events.length > 0 ? newestAppearance(snapshots, events) : null) ??
    bestShowing(
      snapshots,
      elements.map((e) => e.id),
    )
  );
}

import { endLabel, STANCE_LABELS } from "../model/labels";
import { STANCES } from "../model/types";
import type { Graph, Stance } from "../model/types";
import { initialView, type TimeMode } from "../view/filters";
import { filterGraph } from "../view/pipeline";

export type ChangeKind = "changed" | "began" | "ended";
/** For "changed": warmed = rivalry lost or alliance gained; soured = the reverse; shifted = neither. */
export type ChangeDirection = "warmed" | "soured" | "shifted";

/** What a change is called in its tag, its count and its mark on the canvas. */
export type ChangeTag = ChangeDirection | "began" | "ended";
export const CHANGE_TAGS: readonly ChangeTag[] = ["warmed", "soured", "shifted", "began", "ended"];

export const tagOf = (change: Change): ChangeTag =>
  change.kind === "changed" ? (change.direction ?? "shifted") : change.kind;

/** What happened between two nodes from one timeline step to another. */
export interface Change {
  kind: ChangeKind;
  direction?: ChangeDirection;
  /** The two node ids, sorted. */
  pair: [string, string];
  /** Edge ids current at the earlier step (empty when it began), in graph order. */
  before: string[];
  /** Edge ids current at the later step (empty when it ended), in graph order. */
  after: string[];
  /** The distinct stances of `before` and `after`, in STANCES order. */
  stancesBefore: Stance[];
  stancesAfter: Stance[];
  /** Every edge involved, each once, in graph order. */
  edges: string[];
}

/** Edges a step shows as current: visible and not past, with no kind or stance filters. */
function currentEdges(graph: Graph, period: string | null, mode: TimeMode): Set<string> {
  const visible = filterGraph(graph, { ...initialView, period, mode });
  return new Set([...visible.edges].filter((id) => !visible.past.has(id)));
}

const stancesOf = (graph: Graph, ids: readonly string[]): Stance[] => {
  const present = new Set(ids.map((id) => graph.edgeById.get(id)?.stance));
  return STANCES.filter((s) => present.has(s));
};

// +1 for an alliance, -1 for a rivalry: comparing before and after gives the direction.
const warmth = (stances: readonly Stance[]): number =>
  Number(stances.includes("alliance")) - Number(stances.includes("rivalry"));

const pairLabel = (graph: Graph, [a, b]: readonly [string, string]): string =>
  `${endLabel(graph, a)} – ${endLabel(graph, b)}`;

type PairEdges = Pick<Change, "pair" | "before" | "after" | "edges">;

/** The edges current at either step, grouped by the unordered pair they join, in graph order. */
function groupByPair(graph: Graph, earlier: Set<string>, later: Set<string>): PairEdges[] {
  const pairs = new Map<string, PairEdges>();
  for (const { id, source, target } of graph.edges) {
    if (!earlier.has(id) && !later.has(id)) continue;
    const pair: [string, string] = source < target ? [source, target] : [target, source];
    const key = JSON.stringify(pair);
    const entry = pairs.get(key) ?? { pair, before: [], after: [], edges: [] };
    pairs.set(key, entry);
    entry.edges.push(id);
    if (earlier.has(id)) entry.before.push(id);
    if (later.has(id)) entry.after.push(id);
  }
  return [...pairs.values()];
}

const KIND_ORDER: Record<ChangeKind, number> = { changed: 0, began: 1, ended: 2 };
const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/**
 * The relationships that changed between two timeline steps (period ids, null for "All time"),
 * pair by pair: "began" when a pair has current edges only at `toPeriod`, "ended" when only at
 * `fromPeriod`, "changed" when at both but with a different set of stances (same stances, even
 * through different edges, is no change). Sorted changed, began, ended, then by the two labels.
 */
export function compareSteps(
  graph: Graph,
  fromPeriod: string | null,
  toPeriod: string | null,
  mode: TimeMode = "upto",
): Change[] {
  const earlier = currentEdges(graph, fromPeriod, mode);
  const later = currentEdges(graph, toPeriod, mode);
  const changes: Change[] = [];
  for (const { pair, before, after, edges } of groupByPair(graph, earlier, later)) {
    const stancesBefore = stancesOf(graph, before);
    const stancesAfter = stancesOf(graph, after);
    const common = { pair, before, after, stancesBefore, stancesAfter, edges };
    if (before.length === 0) changes.push({ kind: "began", ...common });
    else if (after.length === 0) changes.push({ kind: "ended", ...common });
    else if (stancesBefore.join() !== stancesAfter.join()) {
      const delta = warmth(stancesAfter) - warmth(stancesBefore);
      const direction = delta > 0 ? "warmed" : delta < 0 ? "soured" : "shifted";
      changes.push({ kind: "changed", direction, ...common });
    }
  }
  const labels = new Map(changes.map((c) => [c, pairLabel(graph, c.pair)]));
  const label = (c: Change) => labels.get(c) ?? "";
  return changes.sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(label(a), label(b)),
  );
}

const stanceList = (stances: readonly Stance[]): string =>
  stances.map((s) => STANCE_LABELS[s]).join(" and ");

/** "Jeff Bezos – Donald Trump: warmed (rivalry → alliance)", "… : began (alliance)". */
export function describeChange(graph: Graph, change: Change): string {
  const ends = pairLabel(graph, change.pair);
  const what =
    change.kind === "changed"
      ? `${change.direction ?? "shifted"} (${stanceList(change.stancesBefore)} → ${stanceList(change.stancesAfter)})`
      : change.kind === "began"
        ? `began (${stanceList(change.stancesAfter)})`
        : `ended (${stanceList(change.stancesBefore)})`;
  return `${ends}: ${what}`;
}

import type { GraphDocument } from "../src/domain/load/load";
import { formatDate } from "../src/domain/model/dates";
import type { Stance } from "../src/domain/model/types";
import { MONTHS, monthId } from "./calendar";
import type { ArticleWriter } from "./evidence";
import { intBetween, pick, weighted, type Random } from "./random";

type NodeDoc = GraphDocument["nodes"][number];
type EdgeDoc = GraphDocument["edges"][number];

export interface EdgeContext {
  random: Random;
  writer: ArticleWriter;
  nodes: readonly NodeDoc[];
  communityOf: readonly number[];
  shape: EdgeShape;
}

/** How edges are drawn: one benchmark family each (see bench/README.md). */
export interface EdgeShape {
  /** Share of edges drawn inside their source's community. */
  insideCommunity: number;
  /** Share of edges with a start/end span. */
  dated: number;
  /** How dated edges are dated; `short` lasts one to three months. */
  dating: Readonly<Record<"began" | "ended" | "changed" | "short", number>>;
  /** Tickets the first node of each community starts with in the attachment draw. */
  hubWeight: number;
}

/** Communities, a hub each, 30% of edges dated: the first family. */
export const COMMUNITY_EDGES: EdgeShape = {
  insideCommunity: 0.85,
  dated: 0.3,
  dating: { began: 0.4, ended: 0.3, changed: 0.3, short: 0 },
  hubWeight: 12,
};

/**
 * Few, much bigger hubs reached from everywhere, and mostly short-lived relationships: 70% of
 * edges dated, most for one to three months, so every step of the timeline swaps many edges.
 */
export const HUB_EDGES: EdgeShape = {
  insideCommunity: 0.3,
  dated: 0.7,
  dating: { began: 0.1, ended: 0.1, changed: 0.1, short: 0.7 },
  hubWeight: 200,
};

const STANCE_MIX: Readonly<Record<Stance, number>> = {
  neutral: 0.45,
  alliance: 0.3,
  rivalry: 0.25,
};
/** Share of dated edges whose dates were inferred. */
const APPROXIMATE = 0.1;

const RELATIONS: Readonly<Record<Stance, readonly string[]>> = {
  alliance: ["partnered with", "funded", "endorsed", "allied with", "advised"],
  rivalry: ["competes with", "sued", "criticized", "opposed", "lobbied against"],
  neutral: ["met with", "reported on", "works with", "hired", "corresponded with"],
};
const EVENT_RELATIONS: Readonly<Record<Stance, readonly string[]>> = {
  alliance: ["sponsored", "organised"],
  rivalry: ["protested at", "boycotted"],
  neutral: ["attended", "spoke at"],
};

/**
 * Preferential attachment: a node's chance to gain an edge grows with the edges it has, which
 * gives the heavy-tailed degrees (a few hubs, many leaves) of real relationship graphs.
 */
class Pools {
  readonly global: number[] = [];
  readonly byCommunity: number[][] = [];

  constructor(
    private readonly communityOf: readonly number[],
    private readonly hubWeight: number,
  ) {}

  /** Enters `node` into the draw; the first node of each community arrives as a hub. */
  arrive(node: number): void {
    const first = node === 0 || this.communityOf[node - 1] !== this.communityOf[node];
    for (let t = 0; t < (first ? this.hubWeight : 1); t++) this.add(node);
  }

  add(node: number): void {
    this.global.push(node);
    (this.byCommunity[this.communityOf[node] ?? 0] ??= []).push(node);
  }

  local(node: number): number[] {
    return this.byCommunity[this.communityOf[node] ?? 0] ?? this.global;
  }
}

const otherStance = (random: Random, stance: Stance): Stance =>
  pick(
    random,
    (["alliance", "rivalry", "neutral"] as const).filter((s) => s !== stance),
  );

function datePhrase(start?: number, end?: number): string {
  if (start === undefined) return "";
  const from = formatDate(monthId(start));
  if (end === undefined) return ` since ${from}`;
  return end === start ? ` in ${from}` : ` from ${from} until ${formatDate(monthId(end))}`;
}

/**
 * Exactly `count` edges. Nodes first join one by one, each tied to an earlier member of its
 * community (a community's first member to anyone earlier), so nobody is left stranded; the rest
 * are drawn mostly inside communities. Stance changes are two edges on one pair with consecutive
 * spans.
 */
export function generateEdges(context: EdgeContext, count: number): EdgeDoc[] {
  const { random, writer, nodes, communityOf, shape } = context;
  const pools = new Pools(communityOf, shape.hubWeight);
  const edges: EdgeDoc[] = [];
  const isEvent = (i: number) => nodes[i]?.kind === "event";
  let datedCount = 0;

  const add = (from: number, to: number, stance: Stance, start?: number, end?: number) => {
    const id = `e${edges.length}`;
    // Events are the object of their relations: "Ada Quist attended the Varn Summit".
    const swap = isEvent(from) && !isEvent(to);
    const [source, target] = swap ? [nodes[to], nodes[from]] : [nodes[from], nodes[to]];
    if (source === undefined || target === undefined) throw new Error("edge endpoint out of range");
    const relations = isEvent(from) || isEvent(to) ? EVENT_RELATIONS : RELATIONS;
    const relation = pick(random, relations[stance]);
    edges.push({
      id,
      source: source.id,
      target: target.id,
      stance,
      relation,
      ...(start === undefined ? {} : { start: monthId(start) }),
      ...(end === undefined ? {} : { end: monthId(end) }),
      ...(start !== undefined && random() < APPROXIMATE ? { approximate: true } : {}),
      evidence: writer.cite(
        id,
        `${source.label} ${relation} ${target.label}${datePhrase(start, end)}`,
      ),
    });
    pools.add(from);
    pools.add(to);
    if (start !== undefined) datedCount++;
  };

  const connect = (from: number, to: number) => {
    const stance = weighted(random, STANCE_MIX);
    // Spans on an event's edges would fight the event's own date. Dating by quota rather than
    // by chance keeps the dated share at DATED although event edges never take part.
    if (isEvent(from) || isEvent(to) || datedCount >= shape.dated * (edges.length + 1)) {
      add(from, to, stance);
      return;
    }
    const dating = edges.length + 1 < count ? weighted(random, shape.dating) : "began";
    if (dating === "short") {
      const start = intBetween(random, 0, MONTHS - 1);
      add(from, to, stance, start, Math.min(MONTHS - 1, start + intBetween(random, 0, 2)));
    } else if (dating === "began") {
      add(from, to, stance, intBetween(random, 0, MONTHS - 1));
    } else if (dating === "ended") {
      const start = intBetween(random, 0, MONTHS - 1);
      add(from, to, stance, start, intBetween(random, start, MONTHS - 1));
    } else {
      const change = intBetween(random, 1, MONTHS - 1);
      add(from, to, stance, intBetween(random, 0, change - 1), change - 1);
      add(from, to, otherStance(random, stance), change);
    }
  };

  for (let node = 0; node < nodes.length; node++) {
    const earlier = pools.local(node);
    if (edges.length < count && earlier.length > 0) connect(node, pick(random, earlier));
    pools.arrive(node);
  }
  while (edges.length < count) {
    const from = pick(random, pools.global);
    const to = pick(random, random() < shape.insideCommunity ? pools.local(from) : pools.global);
    if (from !== to) connect(from, to);
  }
  return edges;
}

import { formatDate } from "../src/domain/model/dates";
import type { GraphDocument } from "../src/domain/load/load";
import { NODE_KINDS, type NodeKind } from "../src/domain/model/types";
import { MONTHS, dayIn, monthlyPeriods } from "./calendar";
import { COMMUNITY_EDGES, generateEdges, HUB_EDGES, type EdgeContext } from "./edges";
import { ArticleWriter } from "./evidence";
import { uniqueLabel, word } from "./names";
import { intBetween, mulberry32, pick, weighted, type Random } from "./random";

/** communities: the first family; hubs: a few huge hubs and short-lived relationships. */
export type GraphFamily = "communities" | "hubs";
export const FAMILIES: readonly GraphFamily[] = ["communities", "hubs"];

export interface GenerateOptions {
  nodes: number;
  edges: number;
  seed: number;
  family?: GraphFamily;
}

const FAMILY_SHAPES = {
  communities: { edges: COMMUNITY_EDGES, community: { min: 20, max: 200 }, nodeShare: 0.4 },
  hubs: { edges: HUB_EDGES, community: { min: 250, max: 500 }, nodeShare: 0.25 },
} as const;

type GraphNodeDoc = GraphDocument["nodes"][number];

// People and organisations dominate news graphs; events are about a tenth of the entities.
const KIND_MIX: Readonly<Record<NodeKind, number>> = {
  person: 0.35,
  organization: 0.25,
  media: 0.08,
  government: 0.08,
  program: 0.06,
  event: 0.1,
  place: 0.05,
  asset: 0.03,
};

const ROLES = [
  "an adviser",
  "a lobbyist",
  "an executive",
  "a founder",
  "an analyst",
  "an official",
];

const DESCRIBE: Readonly<
  Record<Exclude<NodeKind, "event">, (area: string, random: Random) => string>
> = {
  person: (area, random) => `is ${pick(random, ROLES)} in the ${area} circle`,
  organization: (area) => `operates within the ${area} circle`,
  media: (area) => `covers the ${area} circle`,
  government: (area) => `oversees the ${area} region`,
  program: (area) => `was launched in the ${area} circle`,
  place: (area) => `lies at the heart of the ${area} region`,
  asset: (area) => `belongs to the ${area} circle`,
};

/** Every kind once, so even the smallest file has them all; the rest drawn by KIND_MIX, shuffled. */
function drawKinds(random: Random, count: number): NodeKind[] {
  const kinds: NodeKind[] = [...NODE_KINDS];
  while (kinds.length < count) kinds.push(weighted(random, KIND_MIX));
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j] as NodeKind, kinds[i] as NodeKind];
  }
  return kinds;
}

/** Consecutive runs of node indices, each one community (the last takes what is left). */
function drawCommunities(
  random: Random,
  count: number,
  range: { min: number; max: number },
): number[] {
  const communityOf: number[] = [];
  let community = 0;
  while (communityOf.length < count) {
    const size = intBetween(random, range.min, range.max);
    for (let i = 0; i < size && communityOf.length < count; i++) communityOf.push(community);
    community++;
  }
  return communityOf;
}

function validate({ nodes, edges, seed }: GenerateOptions): void {
  if (!Number.isInteger(nodes) || nodes < NODE_KINDS.length)
    throw new Error(`nodes must be an integer of at least ${NODE_KINDS.length} (one per kind)`);
  if (!Number.isInteger(edges) || edges < 0) throw new Error("edges must be a whole number");
  if (!Number.isInteger(seed)) throw new Error("seed must be an integer");
}

/** A valid v1 graph document with realistic structure; the same options give the same document. */
export function generateGraph(options: GenerateOptions): GraphDocument {
  validate(options);
  const random = mulberry32(options.seed);
  const writer = new ArticleWriter(random);
  const kinds = drawKinds(random, options.nodes);
  const family = FAMILY_SHAPES[options.family ?? "communities"];
  const communityOf = drawCommunities(random, options.nodes, family.community);
  const areas = Array.from({ length: (communityOf.at(-1) ?? 0) + 1 }, () => word(random, 2));
  const taken = new Set<string>();

  const nodes: GraphNodeDoc[] = kinds.map((kind, i) => {
    const id = `n${i}`;
    const label = uniqueLabel(random, kind, taken);
    const area = areas[communityOf[i] ?? 0] ?? "";
    if (kind === "event") {
      const date = dayIn(intBetween(random, 0, MONTHS - 1), intBetween(random, 1, 28));
      const evidence = writer.cite(id, `The ${label} took place on ${formatDate(date)}`);
      return { id, label, kind, date, evidence };
    }
    return {
      id,
      label,
      kind,
      evidence: writer.cite(id, `${label} ${DESCRIBE[kind](area, random)}`),
    };
  });

  const context: EdgeContext = { random, writer, nodes, communityOf, shape: family.edges };
  const edges = generateEdges(context, options.edges);
  const { nodes: n, edges: m, seed } = options;
  const named = options.family === "hubs" ? "Synthetic hub graph" : "Synthetic graph";
  return {
    format: "entente-graph",
    version: 1,
    title: `${named}: ${n} nodes, ${m} edges, seed ${seed}`,
    source: {
      title: `Synthetic benchmark article (seed ${seed})`,
      publisher: "Entente benchmark generator",
      published: "2025-12-31",
      text: writer.text(),
    },
    periods: monthlyPeriods(),
    nodes,
    edges,
  };
}

/** The file as written to disk: compact JSON, so big graphs stay small and byte-identical. */
export const serializeGraph = (doc: GraphDocument): string => JSON.stringify(doc) + "\n";

/** How the benchmark splits a total element count: 40% nodes (25% for hubs), the rest edges. */
export function splitElements(
  total: number,
  family: GraphFamily = "communities",
): { nodes: number; edges: number } {
  const nodes = Math.round(total * FAMILY_SHAPES[family].nodeShare);
  return { nodes, edges: total - nodes };
}

/** `graph-8000-12000-1.json`, `graph-hubs-5000-15000-1.json`. */
export const graphFileName = (family: GraphFamily, nodes: number, edges: number, seed: number) =>
  `graph-${family === "hubs" ? "hubs-" : ""}${nodes}-${edges}-${seed}.json`;

// The in-memory graph the loader produces. Everything outside src/domain reads these types only.

export const NODE_KINDS = [
  "person",
  "organization",
  "media",
  "government",
  "program",
  "event",
  "place",
  "asset",
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const STANCES = ["alliance", "rivalry", "neutral"] as const;
export type Stance = (typeof STANCES)[number];

export const CERTAINTIES = ["confirmed", "reported", "speculative"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** Partial ISO 8601 date as written in the file: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** Inclusive range of UTC day numbers (days since 1970-01-01) a partial date covers. */
export interface DaySpan {
  first: number;
  last: number;
}

/** W3C Web Annotation TextPositionSelector: start inclusive, end exclusive, in UTF-16 code units of `source.text`. */
export interface TextAnchor {
  start: number;
  end: number;
}

export interface Evidence {
  quote: string;
  attribution?: string;
  certainty?: Certainty;
  /** Where the quote stands in the source text; null when it could not be found ("unverified"). */
  anchor: TextAnchor | null;
}

interface Dated {
  start?: PartialDate;
  end?: PartialDate;
  /** True when a date was inferred rather than stated by the source. */
  approximate: boolean;
  evidence: Evidence[];
}

/**
 * Where a node is placed: by the author in the editor, or by another tool in its own units
 * (y down, as Gephi and Cytoscape store it).
 */
export interface Position {
  x: number;
  y: number;
}

export interface GraphNode extends Dated {
  id: string;
  label: string;
  /** Other names the source uses for it; Search matches them as it does the label. */
  aliases?: string[];
  kind: NodeKind;
  summary?: string;
  /** When an event happened. */
  date?: PartialDate;
  /** Where the author placed it (or an imported file did); the explorer draws it there. */
  position?: Position;
  /** `#rrggbb`, kept from an imported file. */
  color?: string;
}

export interface GraphEdge extends Dated {
  id: string;
  source: string;
  target: string;
  stance: Stance;
  relation: string;
  /** `#rrggbb`, kept from an imported file; the line's style still gives the stance. */
  color?: string;
}

export interface Period {
  id: string;
  label: string;
  start: PartialDate;
  end: PartialDate;
}

export interface StoryStep {
  title: string;
  text?: string;
  nodes: string[];
  edges: string[];
  period?: string;
}

export interface Source {
  title: string;
  publisher?: string;
  published?: PartialDate;
  url?: string;
  credit?: string;
  /** The document itself, inline or resolved from `textFile`. */
  text: string;
  textFile?: string;
}

/** A graph drawn from another tool's file: it has no quotes until someone adds them. */
export interface Imported {
  /** What the file was, e.g. "GEXF 1.3 file (Gephi)". */
  format: string;
  file?: string;
}

export interface Graph {
  title: string;
  imported?: Imported;
  /** The file's own `$schema` link, written back on export. */
  schemaUrl?: string;
  source: Source;
  /** Timeline steps in order: the file's own, or one per month of the events' dates. */
  periods: Period[];
  periodsDerived: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
  nodeById: ReadonlyMap<string, GraphNode>;
  edgeById: ReadonlyMap<string, GraphEdge>;
  story?: StoryStep[];
  /** The period the app opens at when a link names none (see openingPeriod). */
  openingStep?: string;
}

export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  /** JSON path of the offending value, e.g. `edges[3].target`; empty for the whole file. */
  path: string;
  /** What is wrong, e.g. `unknown node "muskk"`. */
  message: string;
  /** A plain-language fix. */
  fix?: string;
}

export type LoadResult =
  { ok: true; graph: Graph; problems: Problem[] } | { ok: false; problems: Problem[] };

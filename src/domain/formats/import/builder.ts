import { isBlank } from "../../load/schema";
import { dateSpan } from "../../model/dates";
import { derivePeriods } from "../../model/periods";
import {
  CERTAINTIES,
  type NodeKind,
  type Period,
  type Position,
  type Stance,
} from "../../model/types";
import type { DocumentEdge, DocumentNode, DocumentEvidence, GraphDocument } from "../json";
import { toPartialDate } from "./dates";
import { plural, type ImportOutcome, type ImportReport, type ReportSeverity } from "./report";
import { kindOf, stanceOf } from "./vocab";

/** A node as a reader found it, before it is made to fit Entente's format. */
export interface RawNode {
  id: string;
  label?: string;
  /** The tool's own type word: mapped to a kind, else kept in the summary. */
  type?: string;
  summary?: string;
  start?: unknown;
  end?: unknown;
  position?: Position;
  color?: string;
  /** Other attributes, kept in the summary as "name: value". */
  extra?: [string, string][];
  evidence?: DocumentEvidence[];
}

export interface RawEdge {
  id?: string;
  source: string;
  target: string;
  relation?: string;
  /** A word or sign that may name a stance ("rivalry", "supports", "-1"). */
  stance?: string;
  start?: unknown;
  end?: unknown;
  color?: string;
  evidence?: DocumentEvidence[];
}

const DEFAULT_KIND: NodeKind = "person";
const DEFAULT_RELATION = "linked to";
/** Beyond this many months a monthly timeline is too long to step through: one step a year. */
const MAX_MONTH_STEPS = 60;

const pad = (n: number) => String(n).padStart(2, "0");

/** Every month from the earliest date to the latest, or every year when that is too many steps. */
export function periodsFor(dates: readonly string[]): Period[] {
  if (dates.length === 0) return [];
  if (dates.every((d) => d.length === 4)) return yearsBetween(dates);
  const sorted = [...dates].sort();
  const [first = "", last = ""] = [sorted[0], sorted[sorted.length - 1]];
  const [y0, m0] = [Number(first.slice(0, 4)), Number(first.slice(5, 7) || 1)];
  const [y1, m1] = [Number(last.slice(0, 4)), Number(last.slice(5, 7) || 12)];
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  if (months <= MAX_MONTH_STEPS) {
    const steps = Array.from({ length: months }, (_, i) => {
      const index = m0 - 1 + i;
      return `${y0 + Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
    });
    return derivePeriods(steps);
  }
  return yearsBetween(dates);
}

function yearsBetween(dates: readonly string[]): Period[] {
  // A loop, not Math.min(...years): spreading 40,000 dates overflows the stack.
  let [y0, y1] = [Infinity, -Infinity];
  for (const d of dates) {
    const year = Number(d.slice(0, 4));
    [y0, y1] = [Math.min(y0, year), Math.max(y1, year)];
  }
  return Array.from({ length: y1 - y0 + 1 }, (_, i) => {
    const year = String(y0 + i).padStart(4, "0");
    return { id: year, label: year, start: year, end: year };
  });
}

const filled = (s: string | undefined): s is string => s !== undefined && !isBlank(s);

/** Quotes as the format takes them: none blank, attribution and certainty only when valid. */
const evidenceOf = (list: readonly DocumentEvidence[] = []): DocumentEvidence[] =>
  list.flatMap(({ quote, attribution, certainty }) =>
    filled(quote)
      ? [
          {
            quote,
            ...(filled(attribution) ? { attribution } : {}),
            ...(certainty && CERTAINTIES.includes(certainty) ? { certainty } : {}),
          },
        ]
      : [],
  );

const hex = (color: string | undefined): string | undefined =>
  color !== undefined && /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : undefined;

/**
 * Collects what a reader found and turns it into a v1 document marked imported: unique ids across
 * nodes and edges, a node for every endpoint, kinds, stances and dates made to fit, a timeline
 * from the dates, and a report of everything it had to change.
 */
export class ImportBuilder {
  readonly report: ImportReport;
  private readonly nodes = new Map<string, DocumentNode>();
  private readonly edges: DocumentEdge[] = [];
  private readonly edgeIds = new Set<string>();
  private readonly counts = new Map<string, { severity: ReportSeverity; n: number }>();
  private readonly dates: string[] = [];
  /**
   * One string per distinct date: a dynamic graph repeats a few hundred dates across thousands of
   * elements, and each reader made its own copy of every one.
   */
  private readonly seenDates = new Map<string, string>();
  /** Nodes an edge named before the file described them (GEXF edges inside their parent node). */
  private readonly named = new Set<string>();

  constructor(format: string) {
    this.report = { format, read: [], mapped: [], notes: [] };
  }

  note(severity: ReportSeverity, message: string): void {
    this.report.notes.push({ severity, message });
  }

  /** Counts a repeated problem once, e.g. "3 edges had no date Entente could read". */
  count(severity: ReportSeverity, message: string): void {
    const seen = this.counts.get(message);
    if (seen) seen.n++;
    else this.counts.set(message, { severity, n: 1 });
  }

  map(from: string, to: string): void {
    if (!this.report.mapped.some((m) => m.from === from && m.to === to)) {
      this.report.mapped.push({ from, to });
    }
  }

  hasNode = (id: string): boolean => this.nodes.has(id);

  private span(item: { start?: unknown; end?: unknown }, what: string) {
    let start = toPartialDate(item.start);
    let end = toPartialDate(item.end);
    if (item.start !== undefined && item.start !== "" && start === undefined) {
      this.count("warning", `${what}: a start that is not a date was dropped`);
    }
    if (item.end !== undefined && item.end !== "" && end === undefined) {
      this.count("warning", `${what}: an end that is not a date was dropped`);
    }
    const [first, last] = [start && dateSpan(start), end && dateSpan(end)];
    if (first && last && last.last < first.first) {
      [start, end] = [end, start];
      this.count("warning", `${what}: an end before its start — the two were swapped`);
    }
    [start, end] = [this.shared(start), this.shared(end)];
    for (const d of [start, end]) if (d !== undefined) this.dates.push(d);
    return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  }

  private shared(date: string | undefined): string | undefined {
    if (date === undefined) return undefined;
    const seen = this.seenDates.get(date);
    if (seen !== undefined) return seen;
    this.seenDates.set(date, date);
    return date;
  }

  node(raw: RawNode): void {
    if (!filled(raw.id)) {
      this.count("warning", "nodes with a blank id were dropped");
      return;
    }
    if (this.nodes.has(raw.id) && !this.named.delete(raw.id)) {
      this.count("warning", "nodes with an id already used were dropped");
      return;
    }
    const kind = kindOf(raw.type);
    const extra = [...(raw.extra ?? [])];
    if (raw.type !== undefined && raw.type.trim() !== "" && kind === undefined) {
      extra.unshift(["type", raw.type]);
      this.count("info", `nodes whose type is not an Entente kind are shown as ${DEFAULT_KIND}s`);
    }
    const label = filled(raw.label) ? raw.label : raw.id;
    const summary = [raw.summary, ...extra.map(([k, v]) => (filled(v) ? `${k}: ${v}` : ""))]
      .filter(filled)
      .join("; ");
    const color = hex(raw.color);
    this.nodes.set(raw.id, {
      id: raw.id,
      label,
      kind: kind ?? DEFAULT_KIND,
      ...(summary ? { summary } : {}),
      ...this.span(raw, "nodes"),
      ...(raw.position && Number.isFinite(raw.position.x) && Number.isFinite(raw.position.y)
        ? { position: { x: raw.position.x, y: raw.position.y } }
        : {}),
      ...(color ? { color } : {}),
      // Written out, though the format's default: the graph then adopts this object as it is.
      approximate: false,
      evidence: evidenceOf(raw.evidence),
    });
  }

  edge(raw: RawEdge): void {
    if (!filled(raw.source) || !filled(raw.target)) {
      this.count("warning", "edges with a blank source or target were dropped");
      return;
    }
    // The ends as their nodes' own id strings: a reader's copies would each take memory again.
    const [source, target] = [raw.source, raw.target].map((end) => {
      const known = this.nodes.get(end);
      if (known) return known.id;
      this.node({ id: end });
      this.named.add(end);
      return end;
    }) as [string, string];
    // A bare sign is a stance only in a stance field: as a relation ("-" in Cytoscape's
    // interaction column) it is a connector, not a judgement.
    const worded = raw.relation !== undefined && !/^\s*[+-]\d*\s*$/.test(raw.relation);
    const fromRelation = worded ? stanceOf(raw.relation) : undefined;
    const stance: Stance = stanceOf(raw.stance) ?? fromRelation ?? "neutral";
    const relation = filled(raw.relation) ? raw.relation : filled(raw.stance) ? raw.stance : "";
    const color = hex(raw.color);
    this.edges.push({
      id: filled(raw.id) ? raw.id : "",
      source,
      target,
      stance,
      relation: relation === "" ? DEFAULT_RELATION : relation,
      ...(color ? { color } : {}),
      ...this.span(raw, "edges"),
      approximate: false,
      evidence: evidenceOf(raw.evidence),
    });
    if (raw.id !== undefined) this.edgeIds.add(raw.id);
  }

  /** Nodes and edges share one id space in Entente; edges give way, as their ids are rarely shown. */
  private edgeIdsFixed(): DocumentEdge[] {
    const taken = new Set<string>([...this.nodes.keys()]);
    let renamed = 0;
    let next = 0;
    const fresh = () => {
      while (taken.has(`e${next}`) || this.edgeIds.has(`e${next}`)) next++;
      return `e${next}`;
    };
    const edges = this.edges.map((edge) => {
      if (edge.id !== "" && !taken.has(edge.id)) {
        taken.add(edge.id);
        return edge;
      }
      if (edge.id !== "") renamed++;
      const id = fresh();
      taken.add(id);
      edge.id = id;
      return edge;
    });
    if (renamed > 0) {
      this.note("info", `${plural(renamed, "edge id")} already used by a node or edge renamed`);
    }
    return edges;
  }

  finish(title: string, file?: string): ImportOutcome {
    const nodes = [...this.nodes.values()];
    const edges = this.edgeIdsFixed();
    if (this.named.size > 0)
      this.counts.set("nodes named only by an edge were added", {
        severity: "info",
        n: this.named.size,
      });
    for (const [message, { severity, n }] of this.counts) {
      this.note(severity, `${message} (${n.toLocaleString("en-US")})`);
    }
    const stances = edges.filter((e) => e.stance !== "neutral").length;
    if (edges.length > 0 && stances === 0) {
      this.note("info", "no edge names a stance: every relationship is shown as neutral");
    }
    this.report.read.unshift(plural(nodes.length, "node"), plural(edges.length, "edge"));
    const periods = periodsFor(this.dates);
    const named = filled(file) ? file : undefined;
    const name = filled(title) ? title.trim() : (named?.trim() ?? "Imported graph");
    const doc: GraphDocument = {
      format: "entente-graph",
      version: 1,
      title: name,
      imported: { format: this.report.format, ...(named ? { file: named } : {}) },
      source: { title: named?.trim() ?? name, text: "" },
      ...(periods.length > 0 ? { periods } : {}),
      nodes,
      edges,
    };
    return { ok: true, doc, report: this.report, checked: "builder" };
  }

  /**
   * A fatal problem: the import stops, and its report says what was read before it, every note
   * so far with its severity.
   */
  failed(message: string): ImportOutcome {
    for (const [text, { severity, n }] of this.counts) {
      this.note(severity, `${text} (${n.toLocaleString("en-US")})`);
    }
    this.counts.clear();
    const [nodes, edges] = [this.nodes.size, this.edges.length];
    if (nodes + edges > 0) {
      this.report.read.unshift(
        `${plural(nodes, "node")} and ${plural(edges, "edge")} before the problem`,
      );
    }
    this.note("fatal", message);
    return { ok: false, report: this.report };
  }
}

import { describe, expect, it } from "vitest";
import { loadGraph } from "../src/domain/load/load";
import { NODE_KINDS } from "../src/domain/model/types";
import { generateGraph, serializeGraph, splitElements } from "./generate";

const ONE_K = { ...splitElements(1000), seed: 7 };
const doc = generateGraph(ONE_K);
const share = (part: number, whole: number) => part / whole;

describe("generateGraph", () => {
  it("is deterministic: the same options give the same bytes, another seed other bytes", () => {
    const text = serializeGraph(doc);
    expect(serializeGraph(generateGraph(ONE_K))).toBe(text);
    expect(serializeGraph(generateGraph({ ...ONE_K, seed: 8 }))).not.toBe(text);
  });

  it("makes exactly the requested counts, odd ones included", () => {
    expect([doc.nodes.length, doc.edges.length]).toEqual([400, 600]);
    const odd = generateGraph({ nodes: 13, edges: 41, seed: 3 });
    expect([odd.nodes.length, odd.edges.length]).toEqual([13, 41]);
    expect(generateGraph({ nodes: 8, edges: 0, seed: 1 }).edges).toEqual([]);
  });

  it("rejects sizes that cannot hold every kind", () => {
    expect(() => generateGraph({ nodes: 7, edges: 3, seed: 1 })).toThrow(/at least 8/);
    expect(() => generateGraph({ nodes: 10, edges: -1, seed: 1 })).toThrow(/edges/);
  });

  it("loads with no errors and no warnings, every quote anchored", () => {
    const result = loadGraph(serializeGraph(doc), { strict: true });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.graph.nodes.every((n) => n.evidence[0]?.anchor !== null)).toBe(true);
  });

  it("has every kind, persons and organizations most common, events about a tenth", () => {
    const count = (kind: string) => doc.nodes.filter((n) => n.kind === kind).length;
    for (const kind of NODE_KINDS) expect(count(kind)).toBeGreaterThan(0);
    const others = NODE_KINDS.filter((k) => k !== "person" && k !== "organization").map(count);
    expect(Math.min(count("person"), count("organization"))).toBeGreaterThan(Math.max(...others));
    expect(share(count("event"), doc.nodes.length)).toBeCloseTo(0.1, 1);
    expect(doc.nodes.filter((n) => n.kind === "event").every((n) => n.date !== undefined)).toBe(
      true,
    );
  });

  it("has 24 monthly periods, January 2024 to December 2025", () => {
    expect(doc.periods).toHaveLength(24);
    expect(doc.periods?.[0]).toEqual({
      id: "2024-01",
      label: "January 2024",
      start: "2024-01",
      end: "2024-01",
    });
    expect(doc.periods?.at(-1)?.label).toBe("December 2025");
  });

  it("mixes stances about 45/30/25 and dates about 30% of edges", () => {
    const big = generateGraph({ nodes: 2000, edges: 3000, seed: 1 });
    const stance = (s: string) => share(big.edges.filter((e) => e.stance === s).length, 3000);
    expect(stance("neutral")).toBeCloseTo(0.45, 1);
    expect(stance("alliance")).toBeCloseTo(0.3, 1);
    expect(stance("rivalry")).toBeCloseTo(0.25, 1);
    const dated = big.edges.filter((e) => e.start !== undefined).length;
    expect(share(dated, 3000)).toBeCloseTo(0.3, 1);
    expect(big.edges.some((e) => e.end !== undefined)).toBe(true);
  });

  it("changes stance on some pairs: two edges, one ending the month before the other starts", () => {
    const changes = doc.edges.filter((edge, i) => {
      const next = doc.edges[i + 1];
      if (next === undefined || edge.end === undefined || next.start === undefined) return false;
      const monthAfter = new Date(`${edge.end}-01T00:00:00Z`);
      monthAfter.setUTCMonth(monthAfter.getUTCMonth() + 1);
      return (
        next.source === edge.source &&
        next.target === edge.target &&
        next.stance !== edge.stance &&
        next.start === monthAfter.toISOString().slice(0, 7)
      );
    });
    expect(changes.length).toBeGreaterThan(10);
  });

  it("has hubs: the highest degree far above the median, and no stranded node", () => {
    const degree = new Map<string, number>();
    for (const e of doc.edges)
      for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const degrees = doc.nodes.map((n) => degree.get(n.id) ?? 0).sort((a, b) => a - b);
    const median = degrees[Math.floor(degrees.length / 2)] ?? 0;
    expect(degrees[0]).toBeGreaterThan(0);
    expect(degrees.at(-1)).toBeGreaterThanOrEqual(8 * median);
  });

  it("mixes certainty about 70/20/10, every reported claim attributed", () => {
    const evidence = [...doc.nodes, ...doc.edges].flatMap((x) => x.evidence);
    const certainty = (c: string) => evidence.filter((e) => e.certainty === c);
    expect(share(certainty("confirmed").length, evidence.length)).toBeCloseTo(0.7, 1);
    expect(share(certainty("reported").length, evidence.length)).toBeCloseTo(0.2, 1);
    expect(certainty("reported").every((e) => e.attribution !== undefined)).toBe(true);
    expect(share(certainty("speculative").length, evidence.length)).toBeCloseTo(0.1, 1);
  });

  it("names every node distinctly, some with diacritics", () => {
    const labels = doc.nodes.map((n) => n.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.some((l) => /[áéíöü]/.test(l))).toBe(true);
  });
});

describe("generateGraph, hubs family", () => {
  const split = splitElements(2000, "hubs");
  const hubs = generateGraph({ ...split, seed: 7, family: "hubs" });
  const degrees = (g: typeof hubs) => {
    const degree = new Map<string, number>();
    for (const e of g.edges)
      for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    return [...degree.values()].sort((a, b) => b - a);
  };

  it("splits 2,000 elements into 500 nodes and 1,500 edges, and loads strictly without problems", () => {
    expect(split).toEqual({ nodes: 500, edges: 1500 });
    expect(loadGraph(serializeGraph(hubs), { strict: true }).problems).toEqual([]);
  });

  it("has far bigger hubs than the communities family, 70% dated edges, most short-lived, 10% events", () => {
    const communities = generateGraph({ nodes: 500, edges: 1500, seed: 7 });
    expect(degrees(hubs)[0]).toBeGreaterThan(3 * (degrees(communities)[0] ?? 0));
    const dated = hubs.edges.filter((e) => e.start !== undefined);
    expect(dated.length / hubs.edges.length).toBeGreaterThan(0.6);
    const short = dated.filter(
      (e) => e.end !== undefined && e.end.slice(0, 7) <= addMonths(e.start ?? "", 2),
    );
    expect(short.length / dated.length).toBeGreaterThan(0.6);
    expect(hubs.nodes.filter((n) => n.kind === "event").length / hubs.nodes.length).toBeCloseTo(
      0.1,
      1,
    );
  });
});

/** "2024-11" + 2 → "2025-01". */
function addMonths(month: string, n: number): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

// Test support: graphs whose evidence anchors are exactly what the loader computes from their
// text, so load(export(graph)) can be compared with the graph as a whole.
import { makeEdge, makeGraph, makeNode } from "../fixtures/factory";
import { NODE_KINDS, STANCES, type Evidence, type Graph } from "../../src/domain/model/types";

const TEXT = [
  'Prototype <Holdings> & Co signed the deal with Ann "B" O\'Neil in January 2025.',
  "وقال وزير الخارجية إن التحالف انتهى.",
  "The 🦄 unicorn fund 👩‍👩‍👧 bought everything ]]> twice.",
  "They met at the White House on 14 July 2025.",
].join("\n");

function quote(text: string, extra: Omit<Evidence, "quote" | "anchor"> = {}): Evidence {
  const start = TEXT.indexOf(text);
  if (start < 0) throw new Error(`fixture quote not in TEXT: ${text}`);
  return { quote: text, ...extra, anchor: { start, end: start + text.length } };
}

/** Ids and text that break naive code: prototype keys, quotes, `#`, RTL, emoji, `]]>`. */
export function trickyGraph(): Graph {
  const graph = makeGraph({
    title: 'Deals & "rivals" <2025>',
    text: TEXT,
    periods: [
      { id: "toString", label: "Winter", start: "2025-01", end: "2025-03" },
      { id: "summer", label: "Summer 🌞", start: "2025-06", end: "2025-08" },
    ],
    nodes: [
      makeNode({
        id: "__proto__",
        label: "Prototype <Holdings> & Co",
        kind: "organization",
        summary: "Says \"no\" & 'maybe'",
        start: "2020",
        approximate: true,
        evidence: [quote("Prototype <Holdings> & Co signed the deal", { certainty: "confirmed" })],
      }),
      makeNode({ id: 'a "b"', label: 'Ann "B" O\'Neil', evidence: [quote('Ann "B" O\'Neil')] }),
      makeNode({
        id: "x#y",
        label: "وزير الخارجية",
        kind: "government",
        evidence: [quote("التحالف انتهى", { attribution: "الوزير", certainty: "reported" })],
      }),
      makeNode({
        id: "🦄",
        label: "Unicorn 🦄 fund",
        kind: "asset",
        evidence: [quote("🦄 unicorn fund 👩‍👩‍👧")],
      }),
      makeNode({
        id: "meeting",
        kind: "event",
        date: "2025-07-14",
        evidence: [quote("14 July 2025")],
      }),
    ],
    edges: [
      makeEdge({
        id: "constructor",
        source: "__proto__",
        target: 'a "b"',
        stance: "alliance",
        relation: "signed with",
        start: "2025-01",
        end: "2025-07-14",
        approximate: true,
        evidence: [
          quote("signed the deal"),
          quote("in January 2025", { certainty: "speculative" }),
        ],
      }),
      makeEdge({
        id: "x#y→🦄",
        source: "x#y",
        target: "🦄",
        stance: "rivalry",
        relation: "rivals ]]> & <beats>",
        evidence: [quote("bought everything ]]> twice")],
      }),
    ],
  });
  graph.source = {
    ...graph.source,
    publisher: "The <Paper>",
    published: "2025-07-15",
    url: "https://example.com/a?b=1&c=2",
  };
  graph.story = [
    {
      title: "The deal",
      nodes: ["__proto__", 'a "b"'],
      edges: ["constructor"],
      period: "toString",
    },
    { title: "Rivals", text: "Watch 🦄.", nodes: [], edges: ["x#y→🦄"] },
  ];
  return graph;
}

/** A large, deterministic graph: every tenth node is a dated event, every third edge dated. */
export function generatedGraph(nodeCount: number, edgeCount: number): Graph {
  const nodes = Array.from({ length: nodeCount }, (_, i) =>
    makeNode({
      id: `n${i}`,
      label: `Node ${i} & <friends>`,
      kind: NODE_KINDS[i % NODE_KINDS.length],
      ...(i % 10 === 0 ? { kind: "event", date: `20${10 + (i % 15)}-0${1 + (i % 9)}` } : {}),
    }),
  );
  const edges = Array.from({ length: edgeCount }, (_, i) =>
    makeEdge({
      id: `e${i}`,
      source: `n${i % nodeCount}`,
      target: `n${(i * 7 + 1) % nodeCount}`,
      stance: STANCES[i % STANCES.length],
      ...(i % 3 === 0 ? { start: "2017-01-20", end: "2024-12" } : {}),
    }),
  );
  return makeGraph({ title: "Generated", nodes, edges });
}

/** Hostile text and what an XML reader must get back: the same, minus what XML 1.0 cannot carry. */
export const HOSTILE_TEXT: readonly (readonly [written: string, read: string])[] = [
  ['<script>alert("x")</script>', '<script>alert("x")</script>'],
  [`Tom & Jerry's "show" &amp;`, `Tom & Jerry's "show" &amp;`],
  ["end ]]> of CDATA", "end ]]> of CDATA"],
  ["tab\tline\nCRLF\r\nCR\r.", "tab\tline\nCRLF\r\nCR\r."],
  ["nul\u0000 bell\u0007 vt\u000b ff\u000c esc\u001b del\u007f", "nul bell vt ff esc del\u007f"],
  ["lone \ud800 and \udfff, not \ufffe or \uffff", "lone  and , not  or "],
  ["🦄 👩‍👩‍👧 שלום עולם مرحبا", "🦄 👩‍👩‍👧 שלום עולם مرحبا"],
];

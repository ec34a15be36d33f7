// The loader on the hostile files of issue 14, timed in Node: `npm run bench:hostile`. Each row
// was minutes (or a stack overflow) before the loader became linear; none is asserted in a test.
import { mkdirSync, writeFileSync } from "node:fs";
import { loadGraph } from "../src/domain/load/load";

type Doc = Record<string, unknown>;

const node = (id: string, quote: string, label = `Node ${id}`) => ({
  id,
  label,
  kind: "person",
  evidence: [{ quote }],
});

const doc = (text: string, nodes: unknown[], edges: unknown[] = [], more: Doc = {}): Doc => ({
  format: "entente-graph",
  version: 1,
  title: "Hostile",
  source: { title: "Hostile", text },
  nodes,
  edges,
  ...more,
});

const uuid = (i: number) =>
  `${((i * 2654435761) >>> 0).toString(16).padStart(8, "0")}-4a5b-8c9d-${String(i).padStart(12, "0")}`;

const PHRASE = "the minister said the deal was historic and the talks would go on ";

const CASES: { name: string; build: () => Doc }[] = [
  {
    name: "100,000 quotes that nearly match a repetitive text",
    build: () => {
      const text = PHRASE.repeat(3000);
      const quotes = Array.from(
        { length: 100_000 },
        (_, i) => `${PHRASE.repeat(3).slice(i % 60)}${i}`,
      );
      return doc(text, [
        node("a", PHRASE.trim(), "A"),
        { ...node("b", PHRASE.trim()), evidence: quotes.map((quote) => ({ quote })) },
      ]);
    },
  },
  {
    name: "1,000 short quotes over 1 MB of text",
    build: () => {
      const words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split(" ");
      const text = Array.from({ length: 170_000 }, (_, i) => words[(i * 7) % 10]).join(" ");
      const quotes = Array.from(
        { length: 1000 },
        (_, i) => `${words[i % 10]} ${words[(i * 3) % 10]}`,
      );
      return doc(text, [{ ...node("a", "alpha"), evidence: quotes.map((quote) => ({ quote })) }]);
    },
  },
  {
    name: "100 unknown references among 2,000 ids",
    build: () => {
      const nodes = Array.from({ length: 2000 }, (_, i) => node(`entity-number-${i}`, "x"));
      const edges = Array.from({ length: 100 }, (_, i) => ({
        id: `e${i}`,
        source: `entity-number-${i}`,
        target: `entity-numbr-${i}`,
        stance: "neutral",
        relation: "knows",
        evidence: [{ quote: "x" }],
      }));
      return doc("x", nodes, edges);
    },
  },
  {
    name: "1,000 edges to missing UUIDs among 2,000 UUID nodes",
    build: () => {
      const nodes = Array.from({ length: 2000 }, (_, i) => node(uuid(i), "x"));
      const edges = Array.from({ length: 1000 }, (_, i) => ({
        id: `e${i}`,
        source: uuid(i),
        target: uuid(i + 5000),
        stance: "neutral",
        relation: "knows",
        evidence: [{ quote: "x" }],
      }));
      return doc("x", nodes, edges);
    },
  },
  {
    name: "130,000 unknown story references (130,000 problems)",
    build: () =>
      doc("x", [node("a", "x")], [], {
        story: [
          {
            title: "All",
            nodes: Array.from({ length: 130_000 }, (_, i) => `ghost${i}`),
            edges: [],
          },
        ],
      }),
  },
];

const rows = ["| Case | File | Load | Result |", "| --- | ---: | ---: | --- |"];
for (const { name, build } of CASES) {
  const text = JSON.stringify(build());
  const started = performance.now();
  const result = loadGraph(text);
  const ms = performance.now() - started;
  const outcome = result.ok
    ? `loaded, ${result.problems.length} warnings`
    : `refused, ${result.problems.length} problems (first: ${result.problems[0]?.message.slice(0, 60)})`;
  const row = `| ${name} | ${(text.length / 1e6).toFixed(1)} MB | ${Math.round(ms)} ms | ${outcome} |`;
  console.log(row);
  rows.push(row);
}
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/hostile-latest.md", import.meta.url), `${rows.join("\n")}\n`);

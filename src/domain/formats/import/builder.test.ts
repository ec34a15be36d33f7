import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkDocument } from "../../load/checks";
import { graphDocumentSchema } from "../../load/schema";
import { ImportBuilder } from "./builder";

// parseStep spares an importer's document the schema's pass (checkBuiltDocument): this is why
// that is safe. Whatever strings a file holds, the builder's document passes the schema and the
// loader's checks.
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom("", " ", "\u200b", "\u3164", "#12345g", "#ABCDEF", "2024-02-30", "1999", "-1"),
);
const maybe = fc.option(hostile, { nil: undefined });

const rawNode = fc.record({
  id: hostile,
  label: maybe,
  type: maybe,
  summary: maybe,
  start: maybe,
  end: maybe,
  color: maybe,
  extra: fc.array(fc.tuple(hostile, hostile), { maxLength: 2 }),
  evidence: fc.array(fc.record({ quote: hostile, attribution: maybe }), { maxLength: 2 }),
});
const rawEdge = fc.record({
  id: maybe,
  source: hostile,
  target: hostile,
  relation: maybe,
  stance: maybe,
  start: maybe,
  end: maybe,
});

describe("ImportBuilder", () => {
  test.prop([fc.array(rawNode, { maxLength: 6 }), fc.array(rawEdge, { maxLength: 6 }), maybe])(
    "builds documents the schema and the loader's checks accept",
    (nodes, edges, title) => {
      const b = new ImportBuilder("test file");
      nodes.forEach((n) => b.node(n));
      edges.forEach((e) => b.edge(e));
      const outcome = b.finish(title ?? "", title);
      if (!outcome.ok) throw new Error("a builder never fails on its own");
      expect(graphDocumentSchema.safeParse(outcome.doc).error?.issues).toBeUndefined();
      expect(checkDocument(outcome.doc).filter((p) => p.severity === "error")).toEqual([]);
    },
  );
});

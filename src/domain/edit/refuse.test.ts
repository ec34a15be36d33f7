import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../../tests/helpers/bakeryDraft";
import { refusal } from "./refuse";

const edge = {
  id: "e",
  source: "bakery",
  target: "mill",
  stance: "rivalry" as const,
  relation: "left",
  evidence: [{ quote: "Old Mill" }],
};

describe("refusal", () => {
  it("refuses a relationship from an entity to itself, naming it", () => {
    expect(refusal(bakeryDraft(), { type: "addEdge", edge: { ...edge, target: "bakery" } })).toBe(
      'A relationship needs two different entities: "Corner Bakery" is both From and To.',
    );
    expect(
      refusal(bakeryDraft(), { type: "updateEdge", id: "runs", patch: { target: "holt" } }),
    ).toMatch(/"Mira Holt" is both From and To/);
  });

  it("asks for From, To and a relation", () => {
    expect(refusal(bakeryDraft(), { type: "addEdge", edge: { ...edge, source: "" } })).toBe(
      "Pick who the relationship is From.",
    );
    expect(refusal(bakeryDraft(), { type: "addEdge", edge: { ...edge, target: "" } })).toBe(
      "Pick who the relationship is To.",
    );
    expect(refusal(bakeryDraft(), { type: "addEdge", edge: { ...edge, relation: " " } })).toMatch(
      /Say what the relationship is/,
    );
    expect(refusal(bakeryDraft(), { type: "addEdge", edge })).toBeNull();
  });

  it("checks dates: the form, the calendar and the order", () => {
    const at = (start?: string, end?: string) =>
      refusal(bakeryDraft(), { type: "addEdge", edge: { ...edge, start, end } });
    expect(at("March 2025")).toMatch(/^Start "March 2025" is not a date/);
    expect(at("2025-02-29")).toMatch(/^Start "2025-02-29" is not a date/);
    expect(at("2025-03", "2025-01")).toBe("End is before Start: swap them or fix one.");
    expect(at("2025-03", "2025-03-31")).toBeNull();
    expect(at("2024-02-29")).toBeNull();
  });

  it("refuses a passage that is not in the article, and accepts one with other quote marks", () => {
    const doc = bakeryDraft();
    expect(
      refusal(doc, { type: "addEvidence", owner: "holt", evidence: { quote: "Holt sang" } }),
    ).toMatch(/not in the article text/);
    expect(
      refusal(doc, { type: "addEvidence", owner: "holt", evidence: { quote: "Holt  said" } }),
    ).toBeNull();
  });

  it("refuses nameless entities and taken ids; judges a batch part by part", () => {
    const node = {
      id: "coop",
      label: "Green Fields Co-op",
      kind: "organization" as const,
      evidence: [{ quote: "Co-op" }],
    };
    expect(refusal(bakeryDraft(), { type: "addNode", node: { ...node, label: "  " } })).toBe(
      "An entity needs a name.",
    );
    expect(refusal(bakeryDraft(), { type: "addNode", node: { ...node, id: "mill" } })).toBe(
      'The id "mill" is taken.',
    );
    expect(
      refusal(bakeryDraft(), {
        type: "batch",
        changes: [
          { type: "addNode", node },
          { type: "addEdge", edge: { ...edge, target: "coop" } },
        ],
      }),
    ).toBeNull();
    expect(refusal(bakeryDraft(), { type: "title", title: "" })).toBe("The graph needs a title.");
    expect(
      refusal(bakeryDraft(), { type: "addNode", node: { ...node, date: "March 2025" } }),
    ).toMatch(/^Date "March 2025" is not a date/);
  });

  it("refuses a blank title and a rename to nothing, and checks a changed date", () => {
    const doc = bakeryDraft();
    const update = (patch: { label?: string; date?: string }) =>
      refusal(doc, { type: "updateNode", id: "mill", patch });
    expect(refusal(doc, { type: "title", title: " \n" })).toBe("The graph needs a title.");
    expect(update({ label: " " })).toBe("An entity needs a name.");
    expect(update({ label: "The Old Mill" })).toBeNull();
    expect(update({})).toBeNull();
    expect(update({ date: "spring" })).toBe(
      'Date "spring" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-03).',
    );
  });

  it("takes a relationship that starts and ends on the same day", () => {
    const sameDay = { ...edge, start: "2025-03-31", end: "2025-03-31" };
    expect(refusal(bakeryDraft(), { type: "addEdge", edge: sameDay })).toBeNull();
  });

  it("judges an updated relationship as the one named, not the first", () => {
    const doc = { ...bakeryDraft(), edges: [...bakeryDraft().edges, edge] };
    expect(refusal(doc, { type: "updateEdge", id: "e", patch: { target: "bakery" } })).toBe(
      'A relationship needs two different entities: "Corner Bakery" is both From and To.',
    );
  });

  it("refuses a batch for its first refused part", () => {
    const node = { id: "coop", label: "Co-op", kind: "organization" as const, evidence: [] };
    expect(
      refusal(bakeryDraft(), {
        type: "batch",
        changes: [
          { type: "addNode", node },
          { type: "addEdge", edge: { ...edge, source: "coop", target: "coop" } },
          { type: "title", title: "" },
        ],
      }),
    ).toBe('A relationship needs two different entities: "Co-op" is both From and To.');
  });

  it("lets every other change through", () => {
    expect(refusal(bakeryDraft(), { type: "removeNode", id: "mill" })).toBeNull();
  });
});

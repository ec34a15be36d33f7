import { describe, expect, it } from "vitest";
import type { Certainty } from "../domain/model/types";
import { SPECULATIVE_MARK, toElements } from "./elements";
import { edge, graphOf, node } from "../../tests/helpers/cyGraph";

const quoted = (id: string, ...certainties: Certainty[]) => ({
  ...edge(id, "a", "b"),
  evidence: certainties.map((certainty) => ({ quote: id, anchor: null, certainty })),
});

describe("speculative edges on the canvas", () => {
  const graph = graphOf(
    [node("a"), node("b")],
    [quoted("guess", "speculative", "speculative"), quoted("mixed", "speculative", "reported")],
  );
  const data = (id: string) => toElements(graph).find((e) => e.data.id === `@${id}`)?.data;

  it("marks an edge only speculation supports, and puts a ? after its name", () => {
    expect(data("guess")).toMatchObject({
      speculative: true,
      relation: `rel guess${SPECULATIVE_MARK}`,
      pastLabel: `rel guess${SPECULATIVE_MARK} (past)`,
    });
  });

  it("leaves an edge with any firmer quote as it is", () => {
    expect(data("mixed")).toMatchObject({ speculative: false, relation: "rel mixed" });
  });
});

import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import type { Certainty } from "../../domain/model/types";
import { createEntenteStore, StoreProvider } from "../../state";
import { RelationshipList } from "../lists/RelationshipList";
import { CertaintyFilter } from "./CertaintyFilter";

const claim = (id: string, target: string, certainty: Certainty) =>
  makeEdge({
    id,
    source: "a",
    target,
    relation: id,
    evidence: [{ quote: id, anchor: null, certainty }],
  });

const graph = makeGraph({
  nodes: ["a", "b", "c", "d"].map((id) => makeNode({ id, label: id.toUpperCase() })),
  edges: [
    claim("knows", "b", "confirmed"),
    claim("met", "c", "reported"),
    claim("may-fund", "d", "speculative"),
  ],
});

const relationships = () =>
  within(screen.getByRole("list", { name: "Relationships" }))
    .getAllByRole("button")
    .map((b) => b.getAttribute("aria-label"));

describe("CertaintyFilter", () => {
  it("hides relationships the source is less sure of from the lists (and the graph)", async () => {
    const store = createEntenteStore(graph);
    render(
      <StoreProvider store={store}>
        <CertaintyFilter />
        <RelationshipList />
      </StoreProvider>,
    );
    const group = within(screen.getByRole("group", { name: "Certainty" }));
    expect(group.getByRole("radio", { name: "Everything (incl. speculation)" })).toBeChecked();
    expect(relationships()).toHaveLength(3);

    await userEvent.click(group.getByRole("radio", { name: "Confirmed and reported" }));
    expect(store.getState().view.certainty).toBe("reported");
    expect(relationships()).toEqual(["A knows B (neutral)", "A met C (neutral)"]);

    await userEvent.click(group.getByRole("radio", { name: "Confirmed only" }));
    expect(relationships()).toEqual(["A knows B (neutral)"]);
  });
});

import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeGraph, makeNode, storyGraph } from "../../tests/fixtures/factory";
import type { Problem } from "../domain/model/types";
import { ValidationStatus } from "./ValidationStatus";

const anchored = makeGraph({
  text: "Bezos spoke.",
  nodes: [makeNode({ id: "b", evidence: [{ quote: "Bezos", anchor: { start: 0, end: 5 } }] })],
});

const warning: Problem = {
  severity: "warning",
  path: "nodes[0].evidence[0].quote",
  message: "quote occurs 2 times; anchored to the first",
  fix: "lengthen it to make it unique",
};

describe("ValidationStatus", () => {
  it("says all quotes are verified only when there are no problems and every quote is anchored", () => {
    render(<ValidationStatus graph={anchored} problems={[]} />);
    expect(screen.getByText("All quotes verified")).toBeVisible();
  });

  it("does not claim verified quotes for an imported graph, which has none", () => {
    const imported = { ...anchored, imported: { format: "GEXF 1.3 file (Gephi)" } };
    render(<ValidationStatus graph={imported} problems={[]} />);
    expect(screen.getByText("Imported: no quotes yet")).toBeVisible();
    expect(screen.queryByText("All quotes verified")).toBeNull();
  });

  it("counts unverified quotes instead when some were not found", () => {
    render(<ValidationStatus graph={storyGraph} problems={[]} />);
    expect(
      screen.getByText(`${storyGraph.nodes.length + storyGraph.edges.length} unverified quotes`),
    ).toBeVisible();
  });

  it("folds warnings into a disclosure that lists each one", async () => {
    render(<ValidationStatus graph={anchored} problems={[warning]} />);
    const summary = screen.getByText("1 warning");
    expect(screen.queryByText("All quotes verified")).toBeNull();
    await userEvent.click(summary);
    expect(screen.getByRole("listitem")).toHaveTextContent(
      "warning nodes[0].evidence[0].quote: quote occurs 2 times; anchored to the first — fix: lengthen it to make it unique",
    );
  });

  it("lists only the first 200 of many warnings and says how many more there are", async () => {
    const many = Array.from({ length: 1234 }, () => warning);
    render(<ValidationStatus graph={anchored} problems={many} />);
    await userEvent.click(screen.getByText("1,234 warnings"));
    expect(screen.getAllByRole("listitem")).toHaveLength(200);
    expect(screen.getByText(/and 1,034 more\./)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download all warnings" })).toBeInTheDocument();
  });
});

import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { MappingStep } from "./MappingStep";
import { ImportReportView } from "./ImportReportView";
import type { Table } from "../../domain/formats/import";
import { createEntenteStore, StoreProvider } from "../../state";
import { makeGraph } from "../../../tests/fixtures/factory";

const tables: Table[] = [
  { name: "nodes", headers: ["Modularity Class"], rows: [{ "Modularity Class": "3" }], errors: [] },
  {
    name: "edges",
    headers: ["relationship type", "since", "weight"],
    rows: [{ "relationship type": "feud", since: "2019", weight: "2" }],
    errors: [],
  },
];

describe("MappingStep for a GEXF or GraphML file's attributes", () => {
  it("offers each attribute as in the file or as a role, with a preview, and imports the choice", async () => {
    const onImport = vi.fn();
    render(
      <MappingStep
        pending={{ name: "feuds.gexf", tables, attributes: true }}
        onImport={onImport}
        onCancel={() => {}}
      />,
    );
    const step = screen.getByRole("region", { name: "Map attributes" });
    expect(within(step).getByRole("heading", { level: 2 })).toHaveTextContent(
      "What do the attributes of feuds.gexf mean?",
    );
    const type = within(step).getByRole("combobox", { name: 'Attribute "relationship type"' });
    expect(type).toHaveValue("");
    expect(
      within(type)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).not.toContain("Source (from)");
    expect(within(step).getByRole("cell", { name: "feud" })).toBeVisible();
    await userEvent.selectOptions(type, "stance");
    await userEvent.selectOptions(
      within(step).getByRole("combobox", { name: 'Attribute "since"' }),
      "start",
    );
    await userEvent.click(within(step).getByRole("button", { name: "Import" }));
    expect(onImport).toHaveBeenCalledWith([{}, { "relationship type": "stance", since: "start" }]);
  });
});

describe("ImportReportView", () => {
  it("offers the attribute step only when asked to", async () => {
    const report = { format: "GEXF 1.3 file", read: [], mapped: [], notes: [], attributes: tables };
    const onMap = vi.fn();
    const store = createEntenteStore(makeGraph({ nodes: [], edges: [] }));
    const { rerender } = render(
      <ImportReportView name="x.gexf" report={report} onDismiss={() => {}} />,
      { wrapper: ({ children }) => <StoreProvider store={store}>{children}</StoreProvider> },
    );
    expect(screen.queryByRole("button", { name: "Choose what the attributes mean" })).toBeNull();
    rerender(
      <ImportReportView
        name="x.gexf"
        report={report}
        onDismiss={() => {}}
        onMapAttributes={onMap}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Choose what the attributes mean" }));
    expect(onMap).toHaveBeenCalledOnce();
  });
});

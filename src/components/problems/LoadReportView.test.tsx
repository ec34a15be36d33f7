import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ImportReport } from "../../domain/formats/import";
import { digestNotes, digestProblems } from "../../domain/load/report";
import type { Problem } from "../../domain/model/types";
import { LoadReportView } from "./LoadReportView";
import type { ReactNode } from "react";
import { createEntenteStore, StoreProvider } from "../../state";
import { installBlobReaders } from "../../../tests/helpers/openFiles";
import { storyGraph } from "../../../tests/fixtures/factory";

const markup: Problem = {
  severity: "error",
  path: 'nodes[0]["<b>"]',
  message: 'unknown field "<img src=x onerror=alert(1)>"',
  fix: "remove <script>it</script>",
};
const whole: Problem = { severity: "error", path: "", message: "not JSON" };

describe("LoadReportView", () => {
  it("shows a failure as an alert with each problem's path, message and fix as plain text", async () => {
    const onDismiss = vi.fn();
    const { container } = render(
      <LoadReportView
        report={{ kind: "failure", name: "x.json", problems: [markup, whole] }}
        onDismiss={onDismiss}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Could not open x.json");
    expect(alert).toHaveTextContent("The graph on screen is unchanged. 2 problems to fix:");
    const [first, second] = within(alert).getAllByRole("listitem");
    expect(first?.querySelector("code")).toHaveTextContent('nodes[0]["<b>"]');
    expect(first).toHaveTextContent(`${markup.message} Fix: ${markup.fix}`);
    expect(second).toHaveTextContent(/^whole file not JSON$/);
    expect(container.querySelector("img, script, b")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it("shows a failed import's report under its problem: what was read, every note by severity", () => {
    const fatal: Problem = {
      severity: "error",
      path: "",
      message:
        "This is a GEXF 1.3 file, but it is not well-formed XML at line 9, column 3: unexpected close tag.",
    };
    render(
      <LoadReportView
        report={{
          kind: "failure",
          name: "cut.gexf",
          problems: [fatal],
          imported: {
            format: "GEXF 1.3 file",
            read: ["2 nodes and 1 edge before the problem"],
            mapped: [],
            notes: [
              { severity: "warning", message: "nodes without an id were dropped (1)" },
              { severity: "fatal", message: "it is not well-formed XML at line 9, column 3" },
            ],
          },
        }}
        onDismiss={() => {}}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("The graph on screen is unchanged.");
    expect(within(alert).getByText("2 nodes and 1 edge before the problem")).toBeVisible();
    const notes = within(alert)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(notes.slice(-2)).toEqual([
      "Warning nodes without an id were dropped (1)",
      "Stopped the import it is not well-formed XML at line 9, column 3",
    ]);
  });

  it("folds warnings into a disclosure that is not an alert", async () => {
    const warning: Problem = { ...markup, severity: "warning" };
    render(
      <LoadReportView
        report={{ kind: "warnings", name: "y.json", problems: [warning] }}
        onDismiss={() => {}}
      />,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    const report = screen.getByRole("region", { name: "Load warnings" });
    expect(within(report).getByText("Opened y.json with 1 warning")).toBeVisible();
    expect(within(report).getByRole("listitem")).not.toBeVisible();
    await userEvent.click(within(report).getByText("Opened y.json with 1 warning"));
    expect(within(report).getByRole("listitem")).toBeVisible();
  });
});

describe("a report of 120,000 problems", () => {
  const problems: Problem[] = Array.from({ length: 120_000 }, (_, i) => ({
    severity: "error",
    path: `edges[${i}].target`,
    message: `unknown node "ghost${i}"`,
    fix: "use the id of one of the nodes",
  }));
  problems.splice(1, 0, {
    severity: "error",
    path: "version",
    message: "version must be the number 1",
  });

  const handed = digestProblems(problems);
  it.each([
    ["whole", { problems }],
    ["as the parse worker hands it over", handed],
  ])(
    "shows the first 200 grouped by kind, with the total, and downloads the whole list: %s",
    async (_, list) => {
      installBlobReaders();
      // jsdom cannot follow the download link; the blob handed to it is what matters.
      const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
      const created: Blob[] = [];
      vi.stubGlobal(
        "URL",
        Object.assign(URL, {
          createObjectURL: (blob: Blob) => (created.push(blob), "blob:report"),
          revokeObjectURL: () => {},
        }),
      );
      render(
        <LoadReportView
          report={{ kind: "failure", name: "big.json", ...list }}
          onDismiss={() => {}}
        />,
      );
      const alert = screen.getByRole("alert");
      expect(alert).toHaveTextContent("The graph on screen is unchanged. 120,001 problems to fix:");
      expect(alert).toHaveTextContent("120,001 in all; the first 200 below, by kind.");
      expect(within(alert).getAllByRole("listitem")).toHaveLength(200);
      expect(
        within(alert)
          .getAllByRole("heading", { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(['error: unknown node "…" × 120,000', "error: version must be the number # × 1"]);
      await userEvent.click(
        within(alert).getByRole("button", { name: "Download the full report" }),
      );
      const lines = (await created[0]!.text()).split("\n");
      expect(lines).toHaveLength(120_005);
      expect(lines.slice(0, 3)).toEqual(["Could not open big.json", "120001 problems", ""]);
      expect(lines[120_003]).toBe(
        'error edges[119999].target: unknown node "ghost119999" — fix: use the id of one of the nodes',
      );
      expect(click).toHaveBeenCalledOnce();
      vi.unstubAllGlobals();
      click.mockRestore();
    },
  );
});

const withStore = ({ children }: { children: ReactNode }) => (
  <StoreProvider store={createEntenteStore(storyGraph)}>{children}</StoreProvider>
);

/** The blobs handed to the download link; jsdom cannot follow it. */
function catchDownloads(): { blobs: Blob[]; restore: () => void } {
  installBlobReaders();
  const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  const blobs: Blob[] = [];
  vi.stubGlobal(
    "URL",
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:report"),
      revokeObjectURL: () => {},
    }),
  );
  return {
    blobs,
    restore: () => {
      vi.unstubAllGlobals();
      click.mockRestore();
    },
  };
}

describe("an import report with many lines", () => {
  const imported = {
    format: "GEXF 1.3 file (Gephi)",
    read: ["130,000 nodes"],
    mapped: [],
    notes: [{ severity: "info" as const, message: "no edge names a stance" }],
  };

  it("shows the loader's 130,000 warnings on an imported graph as the first 200 by kind, with a download", async () => {
    const warnings: Problem[] = Array.from({ length: 130_000 }, (_, i) => ({
      severity: "warning",
      path: `nodes[${i}].label`,
      message: `label is ${i + 300} characters long`,
    }));
    const handed = digestProblems(warnings);
    const downloads = catchDownloads();
    render(
      <LoadReportView
        report={{ kind: "imported", name: "huge.gexf", imported, ...handed }}
        onDismiss={() => {}}
      />,
      { wrapper: withStore },
    );
    const report = screen.getByRole("region", { name: "Import report" });
    expect(report).toHaveTextContent("130,000 warnings below.");
    expect(report).toHaveTextContent("130,000 in all; the first 200 below, by kind.");
    expect(within(report).getAllByRole("listitem")).toHaveLength(201);
    expect(within(report).getByText("Checks on the graph")).toBeVisible();
    expect(
      within(report)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      "Read",
      "Changed or dropped",
      "Checks on the graph",
      "warning: label is # characters long × 130,000",
    ]);
    await userEvent.click(within(report).getByRole("button", { name: "Download the full report" }));
    const lines = (await downloads.blobs[0]!.text()).split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "Opened huge.gexf",
      "130000 problems",
      "",
      "warning nodes[0].label: label is 300 characters long",
    ]);
    expect(lines).toHaveLength(130_004);
    downloads.restore();
  });

  it.each([
    ["whole", (notes: ImportReport["notes"]) => ({ notes })],
    [
      "as the parse worker hands it over",
      (notes: ImportReport["notes"]) => {
        const { first, digest } = digestNotes(notes);
        return { notes: first, ...(digest ? { notesDigest: digest } : {}) };
      },
    ],
  ])("groups 450 notes by kind past the first 200, and downloads them all: %s", async (_, hand) => {
    const notes: ImportReport["notes"] = [
      { severity: "warning", message: "only the first of 2 graphs was read" },
      ...Array.from({ length: 449 }, (_, i) => ({
        severity: "info" as const,
        message: `sheet.csv: row ${i + 2} has 3 fields, not 4`,
      })),
    ];
    const downloads = catchDownloads();
    render(
      <LoadReportView
        report={{
          kind: "imported",
          name: "rows.csv",
          problems: [],
          imported: { ...imported, ...hand(notes) },
        }}
        onDismiss={() => {}}
      />,
      { wrapper: withStore },
    );
    const report = screen.getByRole("region", { name: "Import report" });
    expect(report).toHaveTextContent("1 warning below.");
    expect(report).toHaveTextContent("450 in all; the first 200 below, by kind.");
    expect(within(report).getAllByRole("listitem")).toHaveLength(200);
    expect(
      within(report)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent)
        .slice(2),
    ).toEqual([
      "warning: only the first of # graphs was read × 1",
      "info: sheet.csv: row # has # fields, not # × 449",
    ]);
    await userEvent.click(within(report).getByRole("button", { name: "Download the full report" }));
    const lines = (await downloads.blobs[0]!.text()).split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "Import report of rows.csv",
      "450 notes",
      "",
      "warning: only the first of 2 graphs was read",
    ]);
    expect(lines.slice(451)).toEqual([
      "info: sheet.csv: row 449 has 3 fields, not 4",
      "info: sheet.csv: row 450 has 3 fields, not 4",
      "",
    ]);
    downloads.restore();
  });
});

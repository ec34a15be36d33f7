import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { App } from "../App";

vi.mock("./builtinGraph", () => ({
  loadBuiltinGraph: () => ({
    ok: false,
    problems: [
      {
        severity: "error",
        path: "edges[3].target",
        message: 'unknown node "muskk"',
        fix: "use a node id",
      },
      { severity: "warning", path: "", message: "<b>odd</b> file" },
    ],
  }),
}));

describe("App when the built-in graph does not load", () => {
  it("shows every problem in an alert instead of a blank page", () => {
    render(<App />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "The graph could not be loaded",
    );
    const items = within(screen.getByRole("alert")).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      'error edges[3].target: unknown node "muskk" — fix: use a node id',
      "warning: <b>odd</b> file",
    ]);
  });
});

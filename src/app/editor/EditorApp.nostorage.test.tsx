import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import EditorApp from "./EditorApp";

vi.mock("./suggestInWorker", () => ({
  suggestInWorker: () => Promise.resolve({ entities: [], dates: [] }),
}));

// No fake IndexedDB here: jsdom has none, as a browser with storage turned off has none.
describe("the editor without IndexedDB", () => {
  it("says on screen that the draft is not being saved, and offers the export", async () => {
    const user = userEvent.setup();
    render(<EditorApp start={{ kind: "new" }} onClose={() => {}} />);
    await user.click(screen.getByRole("textbox", { name: "Article text" }));
    await user.paste("Mira Holt runs the Corner Bakery.");
    await user.click(screen.getByRole("button", { name: "Start editing" }));
    expect(
      await screen.findByText(/This browser is not keeping drafts \(a private window/),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Export graph" })).toHaveLength(2);
  });
});

import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DraftsList } from "./DraftsList";

const DRAFTS = [
  { id: "a", title: "Bakery", updated: 0, nodes: 4, edges: 3 },
  { id: "b", title: "Harbour", updated: 0, nodes: 2, edges: 1 },
];

describe("DraftsList", () => {
  it("asks before deleting, naming the draft and what it holds, and keeps it on Keep", async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn();
    const noop = () => {};
    render(
      <DraftsList drafts={DRAFTS} onOpen={noop} onDelete={onDelete} onNew={noop} onClose={noop} />,
    );
    await user.click(screen.getByRole("button", { name: "Delete draft Bakery" }));
    const dialog = screen.getByRole("alertdialog", { name: "Delete draft Bakery?" });
    expect(dialog).toHaveTextContent(
      "Delete the draft “Bakery” with its 4 entities and 3 relationships? It is kept only in this browser, so it cannot be brought back.",
    );
    expect(within(dialog).getByRole("button", { name: "Keep" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Delete draft Harbour" }));
    await user.click(screen.getByRole("button", { name: "Delete draft" }));
    expect(onDelete).toHaveBeenCalledWith("b");
  });
});

import "fake-indexeddb/auto";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import EditorApp from "./EditorApp";
import { listDrafts, saveDraft } from "./drafts";

vi.mock("./suggestInWorker", () => ({
  suggestInWorker: () => Promise.resolve({ entities: [], dates: [] }),
}));

afterEach(() => vi.restoreAllMocks());

async function start(title: string) {
  const user = userEvent.setup();
  render(<EditorApp start={{ kind: "new" }} onClose={() => {}} />);
  await user.click(screen.getByRole("textbox", { name: "Article text" }));
  await user.paste("Mira Holt runs the Corner Bakery.");
  await user.click(screen.getByRole("button", { name: "Start editing" }));
  await rename(user, title);
  let id = "";
  await waitFor(async () => {
    id = (await listDrafts()).find((d) => d.doc.title === title)?.id ?? "";
    expect(id).not.toBe("");
  });
  await screen.findByText("Draft saved in this browser");
  return { user, id };
}

async function rename(user: ReturnType<typeof userEvent.setup>, title: string) {
  const field = screen.getByRole("textbox", { name: "Graph title" });
  await user.clear(field);
  await user.type(field, `${title}{Enter}`);
}

describe("the editor when saving fails", () => {
  it("says a full storage on screen, keeps the draft in memory and offers the export", async () => {
    const { user } = await start("Full quota");
    const put = vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    await rename(user, "Kept in memory");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "The browser's storage is full, so this draft is not being saved. Export the graph to keep your work, or delete old drafts.",
    );
    expect(within(alert).getByRole("button", { name: "Export graph" })).toBeInTheDocument();
    expect(screen.getByText("Not saved")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Graph title" })).toHaveValue("Kept in memory");

    // Room again: the next change is saved, the message goes.
    put.mockRestore();
    await rename(user, "Saved again");
    await screen.findByText("Draft saved in this browser");
    expect(screen.queryByRole("alert")).toBeNull();
    expect((await listDrafts()).map((d) => d.doc.title)).toContain("Saved again");
  });

  it("opens the version another tab saved, when asked, after a conflict", async () => {
    const { user, id } = await start("This tab");
    const stored = (await listDrafts()).find((d) => d.id === id);
    if (!stored) throw new Error("no stored draft");
    const other = await saveDraft(
      { id, doc: { ...stored.doc, title: "The other tab's" }, session: stored.session },
      stored.revision,
    );
    expect(other.ok).toBe(true);

    await rename(user, "This tab again");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "This draft was changed in another tab since this one last saved. Your version here is not saved: save it as a copy, or open the other version.",
    );
    await user.click(within(alert).getByRole("button", { name: "Open the other version" }));
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Graph title" })).toHaveValue("The other tab's"),
    );
    expect(screen.queryByRole("alert")).toBeNull();
    // Saving goes on from the other tab's revision: no conflict with it any more.
    await rename(user, "Carried on");
    await screen.findByText("Draft saved in this browser");
    expect((await listDrafts()).find((d) => d.id === id)?.doc.title).toBe("Carried on");
  });
});

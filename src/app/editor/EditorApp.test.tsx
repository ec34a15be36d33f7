import "fake-indexeddb/auto";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import EditorApp from "./EditorApp";
import { listDrafts } from "./drafts";

// jsdom has no Worker: the suggestions run in the test's thread instead, through the same code.
vi.mock("./suggestInWorker", () => ({
  suggestInWorker: (text: string, today: string) =>
    import("../../domain/suggest").then((m) => m.suggest(text, today)),
}));

const TEXT =
  "Mira Holt runs the Corner Bakery, Holt said.\nOld Mill sells flour to the Corner Bakery.";

async function startWith(text: string) {
  const user = userEvent.setup();
  render(<EditorApp start={{ kind: "new" }} onClose={() => {}} />);
  await user.click(screen.getByRole("textbox", { name: "Article text" }));
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "Start editing" }));
  return user;
}

const entityNames = () =>
  within(screen.getByRole("list", { name: "Entities" }))
    .queryAllByRole("textbox")
    .map((input) => (input as HTMLInputElement).value);

async function acceptAll(user: ReturnType<typeof userEvent.setup>) {
  const suggestions = screen.getByRole("region", { name: "Suggestions" });
  await within(suggestions).findByText(/names found in the article/, {}, { timeout: 10_000 });
  await user.click(within(suggestions).getByRole("button", { name: "Accept all" }));
}

async function passage(user: ReturnType<typeof userEvent.setup>, words: string) {
  const box = screen.getByRole("textbox", { name: "Passage" });
  await user.clear(box);
  await user.click(box);
  await user.paste(words);
}

describe("the editor", () => {
  it("says what is wrong with an empty text and a binary file, keeping the form", async () => {
    // As a person choosing "All files" in the picker would.
    const user = userEvent.setup({ applyAccept: false });
    render(<EditorApp start={{ kind: "new" }} onClose={() => {}} />);
    await user.click(screen.getByRole("button", { name: "Start editing" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The text is empty: paste the article, or open a .txt or .md file.",
    );
    const pdf = new File(["%PDF-1.7\u0000\u0001\u0002"], "story.pdf", { type: "application/pdf" });
    await user.upload(screen.getByLabelText("Or open a text file"), pdf);
    expect(await screen.findByText(/^story\.pdf is not plain text/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: "Article text" }), {
      target: { value: "word ".repeat(1_000_000) },
    });
    await user.click(screen.getByRole("button", { name: "Start editing" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The text is 5.0 MB; the editor takes one article of up to 1.0 MB (about 150,000 words). Keep only the story you want to map.",
    );
    expect(screen.getByRole("textbox", { name: "Article text" })).toHaveValue(
      "word ".repeat(1_000_000),
    );
  });

  it("says so when a text has no names", async () => {
    await startWith("the bakery bought flour. then it rained for a week.");
    expect(
      await screen.findByText(/^No names found in this text/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it("accepts suggestions into the Entities list, with their kinds", async () => {
    const user = await startWith(TEXT);
    await acceptAll(user);
    expect(entityNames()).toEqual(["Mira Holt", "Corner Bakery", "Old Mill"]);
    expect(screen.getByLabelText("Kind of Mira Holt")).toHaveValue("person");
    // The names the article also uses stay with the entity, in the saved draft's file.
    await waitFor(async () => {
      const saved = (await listDrafts()).flatMap((d) => d.doc.nodes);
      const holt = saved.find((n) => n.label === "Mira Holt");
      expect(holt?.aliases).toEqual(["Holt"]);
    });
  });

  it("merges, renames, re-kinds and rejects suggestions, each in one action", async () => {
    const user = await startWith(TEXT);
    const suggestions = screen.getByRole("region", { name: "Suggestions" });
    await within(suggestions).findByText(/3 names found/, {}, { timeout: 10_000 });
    await user.click(within(suggestions).getByRole("button", { name: "Merge Old Mill into…" }));
    await user.selectOptions(
      within(suggestions).getByLabelText("Merge Old Mill into"),
      "Corner Bakery",
    );
    await user.click(within(suggestions).getByRole("button", { name: "Merge Old Mill" }));
    expect(within(suggestions).getByText(/2 names found/)).toBeInTheDocument();
    expect(within(suggestions).getByText("3 mentions · also Old Mill")).toBeInTheDocument();
    await user.click(within(suggestions).getByRole("button", { name: "Reject Mira Holt" }));
    const name = within(suggestions).getByLabelText("Name for Corner Bakery");
    await user.clear(name);
    await user.type(name, "The Corner Bakery");
    await user.selectOptions(within(suggestions).getByLabelText("Kind of Corner Bakery"), "place");
    await user.click(within(suggestions).getByRole("button", { name: "Accept Corner Bakery" }));
    expect(entityNames()).toEqual(["The Corner Bakery"]);
    expect(screen.getByLabelText("Kind of The Corner Bakery")).toHaveValue("place");
    expect(within(suggestions).getByText(/^No names left to suggest/)).toBeInTheDocument();
  });

  it("takes back a merge and a rejection with Undo and Ctrl+Z, and redoes them", async () => {
    const user = await startWith(TEXT);
    const suggestions = screen.getByRole("region", { name: "Suggestions" });
    await within(suggestions).findByText(/3 names found/, {}, { timeout: 10_000 });
    const pendingNames = () =>
      within(suggestions)
        .queryAllByLabelText(/^Name for /)
        .map((input) => (input as HTMLInputElement).value);
    await user.click(within(suggestions).getByRole("button", { name: "Merge Old Mill into…" }));
    await user.selectOptions(
      within(suggestions).getByLabelText("Merge Old Mill into"),
      "Corner Bakery",
    );
    await user.click(within(suggestions).getByRole("button", { name: "Merge Old Mill" }));
    await user.click(within(suggestions).getByRole("button", { name: "Reject Mira Holt" }));
    expect(pendingNames()).toEqual(["Corner Bakery"]);

    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(pendingNames()).toEqual(["Mira Holt", "Corner Bakery"]);
    await act(async () => {
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await user.keyboard("{Control>}z{/Control}");
    expect(pendingNames()).toEqual(["Mira Holt", "Corner Bakery", "Old Mill"]);
    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    await user.click(screen.getByRole("button", { name: "Redo" }));
    expect(pendingNames()).toEqual(["Corner Bakery"]);
  });

  it("picks an entity from its problem, in the list, and moves it with the arrow keys as undoable steps", async () => {
    const user = await startWith(TEXT);
    await acceptAll(user);
    await user.click(screen.getByRole("button", { name: "Remove quote 1 of Old Mill" }));
    const problems = screen.getByRole("region", { name: "Problems" });
    await user.click(
      await within(problems).findByRole("link", { name: "Go to Old Mill" }, { timeout: 5_000 }),
    );
    const row = screen.getByLabelText("Name of Old Mill").closest("li");
    expect(row).toHaveAttribute("aria-current", "true");
    expect(row).toHaveFocus();

    const saved = async () => {
      const [latest] = await listDrafts();
      return latest?.doc.nodes.find((n) => n.label === "Old Mill")?.position;
    };
    const canvas = screen.getByRole("application");
    canvas.focus();
    await user.keyboard("{ArrowRight}");
    await waitFor(async () => expect(await saved()).toBeDefined());
    const first = (await saved()) ?? { x: NaN, y: NaN };
    await user.keyboard("{ArrowRight}{Shift>}{ArrowDown}{/Shift}");
    await waitFor(async () => expect(await saved()).toEqual({ x: first.x + 10, y: first.y + 50 }));
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(async () => expect(await saved()).toEqual({ x: first.x + 10, y: first.y }));
  });

  it("picks a passage in the article with the arrow keys and makes a relationship of it", async () => {
    const user = await startWith(TEXT);
    await acceptAll(user);
    screen.getByRole("document", { name: "Article" }).focus();
    await user.keyboard("{ArrowDown}");
    const box = screen.getByRole("textbox", { name: "Passage" });
    expect(box).toHaveValue("Mira Holt runs the Corner Bakery, Holt said.");
    await user.keyboard("{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}{ArrowRight}");
    expect(box).toHaveValue("Holt runs the Corner Bakery,");
    await user.keyboard("{ArrowDown}");
    expect(box).toHaveValue("Old Mill sells flour to the Corner Bakery.");
    await user.keyboard("{ArrowUp}{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}");
    const form = screen.getByRole("form", { name: "New relationship" });
    expect(within(form).getByLabelText("From")).toHaveValue("mira-holt");
    expect(within(form).getByLabelText("To")).toHaveValue("corner-bakery");
    await user.type(within(form).getByLabelText("Relation"), "runs");
    await user.click(within(form).getByRole("button", { name: "Add relationship" }));
    expect(screen.getByRole("list", { name: "Relationships" })).toHaveTextContent(
      "Mira Holt runs Corner Bakery",
    );
  });

  it("refuses a passage across paragraphs and a relationship from an entity to itself", async () => {
    const user = await startWith(TEXT);
    await acceptAll(user);
    await passage(user, "Holt said. Old Mill");
    expect(screen.getByRole("alert")).toHaveTextContent(/runs across paragraphs/);
    expect(screen.queryByRole("form", { name: "New relationship" })).toBeNull();

    await passage(user, "Mira Holt runs the Corner Bakery");
    const form = screen.getByRole("form", { name: "New relationship" });
    expect(within(form).getByLabelText("From")).toHaveValue("mira-holt");
    expect(within(form).getByLabelText("To")).toHaveValue("corner-bakery");
    await user.selectOptions(within(form).getByLabelText("To"), "mira-holt");
    await user.type(within(form).getByLabelText("Relation"), "runs");
    await user.click(within(form).getByRole("button", { name: "Add relationship" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      'A relationship needs two different entities: "Mira Holt" is both From and To.',
    );
    expect(screen.getByRole("list", { name: "Relationships" })).toBeEmptyDOMElement();
  });

  it("asks before removing an entity with relationships, removes both, and undoes and redoes by keyboard", async () => {
    const user = await startWith(TEXT);
    await acceptAll(user);
    await passage(user, "Mira Holt runs the Corner Bakery");
    const form = screen.getByRole("form", { name: "New relationship" });
    await user.type(within(form).getByLabelText("Relation"), "runs");
    await user.click(within(form).getByRole("button", { name: "Add relationship" }));
    const relationships = screen.getByRole("list", { name: "Relationships" });
    expect(relationships.children).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Remove Mira Holt" }));
    const dialog = screen.getByRole("alertdialog", { name: "Remove Mira Holt?" });
    expect(dialog).toHaveTextContent(
      "Remove Mira Holt and its relationship? Undo brings them back.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Remove both" }));
    expect(entityNames()).toEqual(["Corner Bakery", "Old Mill"]);
    expect(relationships.children).toHaveLength(0);

    await act(async () => {
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await user.keyboard("{Control>}z{/Control}");
    expect(entityNames()).toEqual(["Mira Holt", "Corner Bakery", "Old Mill"]);
    expect(relationships.children).toHaveLength(1);
    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(entityNames()).toEqual(["Corner Bakery", "Old Mill"]);
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(entityNames()).toEqual(["Mira Holt", "Corner Bakery", "Old Mill"]);
    await waitFor(() =>
      expect(screen.getByText("Draft saved in this browser")).toBeInTheDocument(),
    );
  });
});

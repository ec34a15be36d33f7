import "fake-indexeddb/auto";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { harbourText, installBlobReaders, jsonFile } from "../../../tests/helpers/openFiles";
import { App } from "../../App";
import { createEntenteStore } from "../../state";
import { forgetLastFile, keepLastFile, readLastFile } from "./lastFile";

const HARBOUR_TITLE = (JSON.parse(harbourText) as { title: string }).title;
const start = makeGraph({ title: "Starting graph", nodes: [makeNode({ id: "a" })] });

/** A fresh app on the same address and the same IndexedDB: what a reload does. */
function reload() {
  const store = createEntenteStore(start);
  const view = render(<App store={store} />);
  return { store, unmount: view.unmount };
}

beforeAll(installBlobReaders);
beforeEach(async () => {
  await forgetLastFile();
  window.history.replaceState(null, "", "/");
});

describe("the last opened file across reloads", () => {
  it("comes back named, with its view, until Back to the article", async () => {
    const first = reload();
    await userEvent.upload(screen.getByLabelText("Open graph file"), [
      jsonFile("harbour.json", harbourText),
    ]);
    await waitFor(() => expect(first.store.getState().graph.title).toBe(HARBOUR_TITLE));
    expect(new URL(window.location.href).searchParams.get("file")).toBe("harbour.json");
    await waitFor(async () => expect((await readLastFile())?.file.name).toBe("harbour.json"));
    first.unmount();

    const second = reload();
    await waitFor(() => expect(second.store.getState().graph.title).toBe(HARBOUR_TITLE));
    expect(screen.getByText(/^Opened from/)).toHaveTextContent("Opened from harbour.json");
    await userEvent.click(screen.getByRole("button", { name: "Back to the article" }));
    expect(second.store.getState().graph.title).toBe("Starting graph");
    expect(screen.queryByText(/^Opened from/)).toBeNull();
    expect(new URL(window.location.href).searchParams.has("file")).toBe(false);
    await waitFor(async () => expect(await readLastFile()).toBeNull());
    second.unmount();

    const third = reload();
    expect(third.store.getState().graph.title).toBe("Starting graph");
  });

  it("does not apply a file's view to the article when the file is not kept", async () => {
    window.history.replaceState(null, "", "/?file=gone.json&sel=a");
    const { store } = reload();
    expect(store.getState().view.selection).toBeNull();
    await waitFor(() => expect(new URL(window.location.href).searchParams.has("file")).toBe(false));
    expect(store.getState().graph.title).toBe("Starting graph");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("drops a kept file that no longer opens, saying so", async () => {
    await keepLastFile(jsonFile("broken.json", "{ not json"), []);
    window.history.replaceState(null, "", "/?file=broken.json");
    const { store } = reload();
    const alert = await screen.findByRole("alert");
    expect(within(alert).getAllByRole("listitem")[0]).toHaveTextContent(
      "broken.json, the file you opened last time, could not be opened again, so Entente forgot it and shows the built-in graph.",
    );
    expect(store.getState().graph.title).toBe("Starting graph");
    expect(await readLastFile()).toBeNull();
    expect(new URL(window.location.href).searchParams.has("file")).toBe(false);
  });
});

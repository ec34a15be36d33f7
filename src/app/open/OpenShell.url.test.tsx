import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { App } from "../../App";
import { createEntenteStore } from "../../state";
import {
  harbourText,
  harbourWith,
  installBlobReaders,
  jsonFile,
} from "../../../tests/helpers/openFiles";

const HARBOUR_TITLE = (JSON.parse(harbourText) as { title: string }).title;
const start = makeGraph({ title: "Starting graph", nodes: [makeNode({ id: "a" })] });

function openAt(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  const store = createEntenteStore(start);
  render(<App store={store} />);
  return store;
}

const graphResponse = (text: string) =>
  new Response(text, { headers: { "content-type": "application/json" } });

beforeAll(installBlobReaders);
afterEach(() => vi.unstubAllGlobals());

describe("opening a graph by ?graph= on start", () => {
  it("loads it, opens the link's view on it and keeps the address shareable", async () => {
    const fetch = vi.fn((_url: URL) => Promise.resolve(graphResponse(harbourText)));
    vi.stubGlobal("fetch", fetch);
    const store = openAt("?graph=examples/harbour.json&sel=otsuka&stance=rivalry");
    expect(screen.getByRole("status")).toHaveTextContent("Loading harbour.json…");
    await waitFor(() => expect(store.getState().graph.title).toBe(HARBOUR_TITLE));
    expect(fetch.mock.calls[0]?.[0].href).toBe(`${window.location.origin}/examples/harbour.json`);
    expect(store.getState().view).toMatchObject({
      selection: "otsuka",
      hiddenStances: ["rivalry"],
    });
    expect(screen.getByRole("banner")).toHaveTextContent("Loaded from harbour.json");
    expect(new URLSearchParams(window.location.search).get("graph")).toBe("examples/harbour.json");
    expect(new URLSearchParams(window.location.search).get("sel")).toBe("otsuka");
  });

  it("refuses a site that is not trusted without asking it anything", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const store = openAt("?graph=https://evil.example/a.json");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Entente opens graph files from this site and from sites it trusts; https://evil.example is not one of them.",
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(store.getState().graph).toBe(start);
  });

  it("lets a newer load win over a slower, older one", async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal("fetch", () => new Promise<Response>((resolve) => (answer = resolve)));
    const store = openAt("?graph=slow.json");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Loading slow.json…"));

    const picked = harbourWith((doc) => (doc.title = "Picked while waiting"));
    await userEvent.upload(screen.getByLabelText("Open graph file"), jsonFile("p.json", picked));
    await waitFor(() => expect(store.getState().graph.title).toBe("Picked while waiting"));
    const version = store.getState().graphVersion;

    answer(graphResponse(harbourText));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.getState().graph.title).toBe("Picked while waiting");
    expect(store.getState().graphVersion).toBe(version);
    expect(within(screen.getByRole("banner")).getByText(/Loaded from file p\.json/)).toBeVisible();
  });
});

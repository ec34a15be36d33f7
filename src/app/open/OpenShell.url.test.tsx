import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { App } from "../../App";
import { createEntenteStore } from "../../state";
import { LOAD_TIMEOUT_MS } from "./useGraphOpener";
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
    let olderSignal: AbortSignal | undefined;
    vi.stubGlobal("fetch", (_url: URL, init: RequestInit) => {
      olderSignal = init.signal ?? undefined;
      // A server that answers late and ignores the abort, as one whose reply is already on its way.
      return new Promise<Response>((resolve) => (answer = resolve));
    });
    const store = openAt("?graph=slow.json");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Loading slow.json…"));

    const picked = harbourWith((doc) => (doc.title = "Picked while waiting"));
    await userEvent.upload(screen.getByLabelText("Open graph file"), jsonFile("p.json", picked));
    await waitFor(() => expect(store.getState().graph.title).toBe("Picked while waiting"));
    expect(olderSignal?.aborted).toBe(true);
    const version = store.getState().graphVersion;

    // The older load's answer comes only now, after the newer one landed. On virtual timers, every
    // later step the older load could take (the paint it waits for before showing a graph
    // included) runs before the check, whatever the machine's speed.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame"] });
    try {
      await act(async () => {
        answer(graphResponse(harbourText));
        await vi.advanceTimersByTimeAsync(1_000);
      });
    } finally {
      vi.useRealTimers();
    }
    expect(store.getState().graph.title).toBe("Picked while waiting");
    expect(store.getState().graphVersion).toBe(version);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(within(screen.getByRole("banner")).getByText(/Loaded from file p\.json/)).toBeVisible();
  });
});

describe("a load that does not finish", () => {
  /** A server that never answers, but lets go when the request is aborted. */
  const hangingFetch = () =>
    vi.fn(
      (_url: URL, init: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
        ),
    );

  it("offers Cancel, which stops it and keeps the graph", async () => {
    const fetch = hangingFetch();
    vi.stubGlobal("fetch", fetch);
    const store = openAt("?graph=slow.json");
    await userEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
    expect(fetch.mock.calls[0]?.[1].signal?.aborted).toBe(true);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(store.getState().graph).toBe(start);
  });

  it("gives up after the time limit with a clear message, keeping the graph", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame"] });
    try {
      vi.stubGlobal("fetch", hangingFetch());
      const store = openAt("?graph=slow.json");
      await vi.waitFor(() => expect(screen.getByRole("button", { name: "Cancel" })).toBeVisible());
      await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS);
      await vi.waitFor(() =>
        expect(screen.getByRole("alert")).toHaveTextContent(
          "slow.json took longer than 60 seconds to open, so Entente stopped. The graph on screen is unchanged.",
        ),
      );
      expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
      expect(store.getState().graph).toBe(start);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each(["%00", ".", "index.html"])(
    "refuses ?graph=%s, which is the app's own page",
    async (raw) => {
      const fetch = vi.fn();
      vi.stubGlobal("fetch", fetch);
      const store = openAt(`?graph=${raw}`);
      expect(await screen.findByRole("alert")).toHaveTextContent(
        "leads to this app's own page, not to a graph file.",
      );
      expect(fetch).not.toHaveBeenCalled();
      expect(store.getState().graph).toBe(start);
    },
  );
});

describe("a spreadsheet opened by ?graph=", () => {
  it("asks what its unknown columns are, then imports it with that mapping", async () => {
    const csv = "Person A,Person B,Kind of tie\nAda,Bo,feud\n";
    const fetch = vi.fn((_url: URL) => Promise.resolve(new Response(csv)));
    vi.stubGlobal("fetch", fetch);
    const store = openAt("?graph=ties.csv");
    const step = await screen.findByRole("region", { name: "Map columns" });
    await userEvent.selectOptions(
      within(step).getByRole("combobox", { name: 'Column "Person A"' }),
      "source",
    );
    await userEvent.selectOptions(
      within(step).getByRole("combobox", { name: 'Column "Person B"' }),
      "target",
    );
    await userEvent.selectOptions(
      within(step).getByRole("combobox", { name: 'Column "Kind of tie"' }),
      "stance",
    );
    await userEvent.click(within(step).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(store.getState().graph.title).toBe("ties.csv"));
    expect(store.getState().graph.edges.map((e) => [e.source, e.target, e.stance])).toEqual([
      ["Ada", "Bo", "rivalry"],
    ]);
    // Fetched again, with the mapping this time.
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

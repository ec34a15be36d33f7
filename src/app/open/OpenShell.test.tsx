import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import textFileGraph from "../../../tests/fixtures/graphs/text-file.json?raw";
import lenientGraph from "../../../tests/fixtures/graphs/lenient.json?raw";
import { makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { App } from "../../App";
import { loadGraph } from "../../domain/load/load";
import { createEntenteStore } from "../../state";
import {
  harbourText,
  harbourWith,
  installBlobReaders,
  jsonFile,
} from "../../../tests/helpers/openFiles";

const HARBOUR_TITLE = (JSON.parse(harbourText) as { title: string }).title;
const start = makeGraph({ title: "Starting graph", nodes: [makeNode({ id: "a" })] });

function renderApp() {
  const store = createEntenteStore(start);
  render(<App store={store} />);
  return store;
}

const pick = (...files: File[]) =>
  userEvent.upload(screen.getByLabelText("Open graph file"), files);
const drop = (...files: File[]) =>
  fireEvent.drop(window, { dataTransfer: { files, types: ["Files"] } });
const alertItems = async () =>
  within(await screen.findByRole("alert"))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

beforeAll(installBlobReaders);
beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => vi.unstubAllGlobals());

describe("opening a file from the computer", () => {
  it("loads a picked file, labels where it came from and reports nothing", async () => {
    const store = renderApp();
    await pick(jsonFile("harbour.json", harbourText));
    await waitFor(() => expect(store.getState().graph.title).toBe(HARBOUR_TITLE));
    expect(store.getState().origin).toBe("file harbour.json");
    expect(screen.getByRole("banner")).toHaveTextContent("Loaded from file harbour.json");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(HARBOUR_TITLE);
    await waitFor(() => expect(screen.getByRole("status")).toBeEmptyDOMElement());
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("loads a dropped file and shows the drop overlay only while dragging", async () => {
    const store = renderApp();
    fireEvent.dragEnter(window, { dataTransfer: { files: [], types: ["Files"] } });
    expect(screen.getByText("Drop a graph file to open it")).toBeInTheDocument();
    drop(jsonFile("harbour.json", harbourText));
    expect(screen.queryByText("Drop a graph file to open it")).toBeNull();
    await waitFor(() => expect(store.getState().graph.title).toBe(HARBOUR_TITLE));
  });

  it("ignores dragged text, which is not a file", () => {
    renderApp();
    fireEvent.dragEnter(window, { dataTransfer: { files: [], types: ["text/plain"] } });
    expect(screen.queryByText("Drop a graph file to open it")).toBeNull();
  });

  it("refuses two files at once and keeps the graph", async () => {
    const store = renderApp();
    drop(jsonFile("a.json", harbourText), jsonFile("b.json", harbourText));
    expect(await alertItems()).toEqual([
      "whole file Drop one graph file at a time — you dropped 2. Fix: Drop only the graph file; several files only as CSV sheets (elements and connections).",
    ]);
    expect(screen.getByRole("alert")).toHaveTextContent("Could not open the file");
    expect(store.getState().graph).toBe(start);
  });

  it("sees through a PNG renamed to .json", async () => {
    const store = renderApp();
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])],
      "chart.json",
    );
    await pick(png);
    expect((await alertItems())[0]).toContain("This is an image (PNG), not a graph file.");
    expect(store.getState().graph).toBe(start);
  });

  it("refuses a file saved as Latin-1, naming its first non-UTF-8 byte, and keeps the graph", async () => {
    const store = renderApp();
    // "Zoë" with ë as the single Latin-1 byte 0xEB, where UTF-8 needs two.
    const text = harbourWith((doc) => (doc.title = "Zo#"));
    const bytes = new TextEncoder().encode(text);
    bytes[text.indexOf("Zo#") + 2] = 0xeb; // the title comes before any non-ASCII character
    await pick(new File([bytes], "latin1.json", { type: "application/json" }));
    expect((await alertItems())[0]).toBe(
      `whole file "latin1.json" is not UTF-8 text: byte 49 (line 1) is 0xEB, which UTF-8 does not allow there — it was probably saved as Windows-1252 or Latin-1 Fix: save it again as UTF-8 (in most editors: Save As… → Encoding: UTF-8)`,
    );
    expect(store.getState().graph).toBe(start);
  });

  it("lists every problem of a broken file with its path and fix, and keeps the graph", async () => {
    const broken = harbourWith((doc) => {
      const [node] = doc.nodes as Record<string, unknown>[];
      const [edge] = doc.edges as Record<string, unknown>[];
      if (node) node.kind = "alien";
      if (edge) edge.target = "nobody";
    });
    const expected = loadGraph(broken).problems;
    expect(expected.length).toBeGreaterThan(1);
    const store = renderApp();
    await pick(jsonFile("broken.json", broken));
    const items = await alertItems();
    expect(items).toHaveLength(expected.length);
    expected.forEach((p, i) => {
      expect(items[i]).toContain(p.path);
      expect(items[i]).toContain(p.message);
      expect(items[i]).toContain(`Fix: ${p.fix}`);
    });
    expect(screen.getByRole("alert")).toHaveTextContent("Could not open broken.json");
    expect(store.getState().graph).toBe(start);

    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("loads a file with warnings and reports them quietly", async () => {
    const store = renderApp();
    await pick(jsonFile("lenient.json", lenientGraph));
    await waitFor(() => expect(store.getState().graph.title).toMatch(/unknown field/));
    expect(screen.queryByRole("alert")).toBeNull();
    const report = screen.getByRole("region", { name: "Load warnings" });
    expect(report).toHaveTextContent("Opened lenient.json with 2 warnings");
    expect(
      within(report)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(loadGraph(lenientGraph).problems.map((p) => expect.stringContaining(p.message)));
  });

  it("asks for the article inline when a picked file names a textFile", async () => {
    const store = renderApp();
    await pick(jsonFile("text-file.json", textFileGraph));
    const [item] = await alertItems();
    expect(item).toContain(
      "source.textFile This file points to its article with source.textFile; a file opened from your computer must include the article inline as source.text — or open it by URL.",
    );
    expect(item).toContain('Paste the text of "article.txt" into the file');
    expect(store.getState().graph).toBe(start);
  });

  it("renders markup in labels and quotes as text", async () => {
    const evil = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    const text = harbourWith((doc) => {
      const [node] = doc.nodes as Record<string, unknown>[];
      if (node) node.label = evil;
      (doc.source as Record<string, unknown>).title = evil;
    });
    const store = renderApp();
    await pick(jsonFile("evil.json", text));
    await waitFor(() => expect(store.getState().graph.nodes[0]?.label).toBe(evil));
    act(() => store.getState().select(store.getState().graph.nodes[0]?.id ?? null));
    expect(screen.getAllByText(evil, { exact: false }).length).toBeGreaterThan(0);
    expect(document.querySelector("#root script, body script, img[src='x']")).toBeNull();
  });

  it("forgets the graph= address when a file replaces that graph", async () => {
    window.history.replaceState(null, "", "/?e2e=1");
    const store = renderApp();
    window.history.replaceState(null, "", "/?e2e=1&graph=elsewhere.json");
    await pick(jsonFile("harbour.json", harbourText));
    await waitFor(() => expect(store.getState().graph.title).toBe(HARBOUR_TITLE));
    expect(window.location.search).toBe("?e2e=1&file=harbour.json");
  });
});

describe("Back after opening a file", () => {
  it("brings the earlier graph back on the view it had, and Forward the file again", async () => {
    const store = renderApp();
    act(() => store.getState().select("a"));
    expect(window.location.search).toBe("?sel=a");
    await pick(jsonFile("harbour.json", harbourText));
    await waitFor(() => expect(store.getState().graph.title).toBe(HARBOUR_TITLE));
    expect(window.location.search).toBe("?file=harbour.json");

    act(() => window.history.back());
    await waitFor(() => expect(store.getState().graph).toBe(start));
    expect(store.getState().view.selection).toBe("a");
    expect(window.location.search).toBe("?sel=a");

    act(() => window.history.forward());
    await waitFor(() => expect(store.getState().graph.title).toBe(HARBOUR_TITLE));
    expect(store.getState().view.selection).toBeNull();
  });
});

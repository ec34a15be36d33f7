import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeEdge, makeGraph, makeNode } from "../../../tests/fixtures/factory";
import { App } from "../../App";
import { createEntenteStore } from "../../state";

const graph = makeGraph({
  title: "Bezos & Trump: Æra of feuds",
  nodes: [makeNode({ id: "bezos" }), makeNode({ id: "trump" })],
  edges: [makeEdge({ id: "feud", source: "bezos", target: "trump" })],
});

function renderApp(origin: string | null = null) {
  const store = createEntenteStore(graph);
  if (origin !== null) store.getState().loadGraph(graph, [], origin);
  render(<App store={store} />);
  return store;
}

/** Catches what the toolbar hands to the browser's download. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

beforeEach(() => window.history.replaceState(null, "", "/?sel=bezos"));
afterEach(() => vi.restoreAllMocks());

describe("Export", () => {
  it.each([
    ["Graph JSON (.json)", "json", "application/json", '"format": "entente-graph"'],
    ["GEXF for Gephi (.gexf)", "gexf", "application/gexf+xml", '<node id="bezos"'],
    ["GraphML (.graphml)", "graphml", "application/graphml+xml", '<edge id="feud"'],
  ])("%s downloads the graph named after its title", async (label, extension, type, sample) => {
    const { blobs, names } = captureDownloads();
    renderApp();
    await userEvent.click(screen.getByText("Export"));
    await userEvent.click(screen.getByRole("button", { name: label }));
    await waitFor(() => expect(names).toEqual([`bezos-trump-æra-of-feuds.${extension}`]));
    expect(blobs[0]?.type).toBe(type);
    expect(await readBlob(blobs[0] as Blob)).toContain(sample);
    expect(screen.getByRole("status")).toHaveTextContent(
      `Saved bezos-trump-æra-of-feuds.${extension}`,
    );
    expect(screen.getByRole("button", { name: label })).not.toBeVisible();
  });

  it("closes on Escape and hands focus back to its button", async () => {
    renderApp();
    await userEvent.click(screen.getByText("Export"));
    expect(screen.getByRole("button", { name: "GraphML (.graphml)" })).toBeVisible();
    await userEvent.keyboard("{Escape}");
    expect(screen.getByRole("button", { name: "GraphML (.graphml)" })).not.toBeVisible();
    expect(screen.getByText("Export")).toHaveFocus();
  });
});

describe("Copy link", () => {
  it("copies the address, view included", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
    expect(window.location.search).toContain("sel=bezos");
    expect(screen.getByRole("status")).toHaveTextContent(/^Link copied$/);
  });

  it("warns that a graph opened from the computer is not in the link", async () => {
    const user = userEvent.setup();
    renderApp("file mine.json");
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Link copied — but it opens the built-in graph: a file from your computer cannot travel in a link. " +
        "To share this graph, put the file on a web server and add ?graph=<its address> to the link.",
    );
  });

  it("offers the link selected in a field when the clipboard is refused", async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    renderApp();
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    const field = await screen.findByRole("textbox", { name: "Link to this view" });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveAttribute("readonly");
    expect(screen.getByRole("status")).toHaveTextContent("Press Ctrl+C (⌘C on a Mac) to copy");
  });
});

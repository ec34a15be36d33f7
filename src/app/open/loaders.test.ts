import { afterEach, describe, expect, it, vi } from "vitest";
import article from "../../../tests/fixtures/graphs/article.txt?raw";
import textFileGraph from "../../../tests/fixtures/graphs/text-file.json?raw";
import { loadGraphUrl } from "./loaders";
import { fileNameOf } from "./outcome";

const GRAPH = new URL("https://data.example.org/graphs/harbour/graph.json");
const live = () => new AbortController().signal;

/** Serves `files` by URL; anything else is a 404. Returns the URLs asked for. */
function serve(files: Record<string, string>) {
  const asked: string[] = [];
  vi.stubGlobal("fetch", (url: URL) => {
    asked.push(url.href);
    const body = files[url.href];
    return Promise.resolve(
      body === undefined
        ? new Response("", { status: 404 })
        : new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } }),
    );
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe("loadGraphUrl", () => {
  it("fetches the source text beside the graph file and labels an external origin", async () => {
    const articleUrl = "https://data.example.org/graphs/harbour/article.txt";
    const asked = serve({ [GRAPH.href]: textFileGraph, [articleUrl]: article });
    const outcome = await loadGraphUrl(GRAPH, true, live());
    expect(outcome.ok && outcome.origin).toBe("data.example.org");
    expect(outcome.ok && outcome.graph.source.text).toBe(article);
    expect(asked).toEqual([GRAPH.href, articleUrl]);
  });

  it("labels a graph from the app's own site by its file name", async () => {
    const own = new URL("https://entente.example/examples/graph.json");
    serve({ [own.href]: textFileGraph, "https://entente.example/examples/article.txt": article });
    const outcome = await loadGraphUrl(own, false, live());
    expect(outcome.ok && outcome.origin).toBe("graph.json");
  });

  it("points a missing source text at source.textFile", async () => {
    serve({ [GRAPH.href]: textFileGraph });
    const outcome = await loadGraphUrl(GRAPH, true, live());
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      expect.objectContaining({
        path: "source.textFile",
        message: "The server answered 404 Not Found for the source text file.",
      }),
    ]);
  });

  it("never fetches a source text from another site", async () => {
    const offsite = textFileGraph.replace('"article.txt"', '"https://evil.example/a.txt"');
    const asked = serve({ [GRAPH.href]: offsite });
    const outcome = await loadGraphUrl(GRAPH, true, live());
    expect(!outcome.ok && outcome.problems[0]?.message).toContain(
      "points away from the graph file's site",
    );
    expect(asked).toEqual([GRAPH.href]);
  });
});

describe("fileNameOf", () => {
  it.each([
    ["https://a.example/g/harbour.json?v=2", "harbour.json"],
    ["https://a.example/g/%C3%A6r%C3%B8vik.json", "ærøvik.json"],
    ["https://a.example/g/bad%E0.json", "bad%E0.json"],
    ["https://a.example/", "a.example"],
  ])("%s → %s", (href, name) => {
    expect(fileNameOf(new URL(href))).toBe(name);
  });
});

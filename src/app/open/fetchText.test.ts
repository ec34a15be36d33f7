import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_GRAPH_BYTES } from "../../domain/open";
import { fetchText } from "./fetchText";

const URL_ = new URL("https://data.example.org/g/harbour.json");
const live = () => new AbortController().signal;

function serve(response: Response | Promise<Response>) {
  const fetch = vi.fn((_url: URL, _init: RequestInit) => response);
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const json = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { "content-type": "application/json", ...headers } });

/** A body of `chunks` chunks of 1 MB each, with no Content-Length; counts what was pulled. */
function endless(chunks: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      if (pulled > chunks) controller.close();
      else controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
    },
  });
  return { body, pulled: () => pulled };
}

afterEach(() => vi.unstubAllGlobals());

describe("fetchText", () => {
  it("sends no cookies, refuses redirects and returns the body", async () => {
    const fetch = serve(json('{"a": "Ærøvik"}'));
    expect(await fetchText(URL_, "graph", live())).toEqual({ ok: true, text: '{"a": "Ærøvik"}' });
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ credentials: "omit", redirect: "error" });
  });

  it("refuses what the response policy refuses before reading the body", async () => {
    serve(new Response("<!doctype html>", { headers: { "content-type": "text/html" } }));
    const result = await fetchText(URL_, "graph", live());
    expect(!result.ok && result.problem.message).toBe(
      "The server sent a web page, not a graph file.",
    );
  });

  it("stops reading at the size limit when no Content-Length warned of it", async () => {
    const { body, pulled } = endless(100);
    serve(json(body));
    const result = await fetchText(URL_, "graph", live());
    expect(!result.ok && result.problem.message).toBe(
      "The graph file is larger than 20 MB, the most Entente opens.",
    );
    expect(pulled()).toBeLessThanOrEqual(MAX_GRAPH_BYTES / (1024 * 1024) + 3);
  });

  it("refuses a big file by its Content-Length without reading it", async () => {
    const { body, pulled } = endless(100);
    serve(json(body, { "content-length": String(MAX_GRAPH_BYTES + 1) }));
    const result = await fetchText(URL_, "graph", live());
    expect(!result.ok && result.problem.message).toContain("is 20.1 MB");
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("recognises a picture served under a JSON-ish type", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    serve(new Response(png, { headers: { "content-type": "application/octet-stream" } }));
    const result = await fetchText(URL_, "graph", live());
    expect(!result.ok && result.problem.message).toMatch(/^This is an image \(PNG\)/);
  });

  it("explains a request that never completed (CORS, DNS, a refused redirect)", async () => {
    serve(Promise.reject(new TypeError("Failed to fetch")));
    const result = await fetchText(URL_, "text", live());
    expect(!result.ok && result.problem.message).toBe(
      "The source text file could not be fetched from data.example.org: the server did not answer, does not share it with other sites, or redirected the request (Entente does not follow redirects).",
    );
  });

  it("says when the server was too slow", async () => {
    serve(Promise.reject(new DOMException("timed out", "TimeoutError")));
    const slow = AbortSignal.abort(new DOMException("timed out", "TimeoutError"));
    const result = await fetchText(URL_, "graph", slow);
    expect(!result.ok && result.problem.message).toBe(
      "data.example.org took too long to send the graph file.",
    );
  });
});

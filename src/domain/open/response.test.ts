import { describe, expect, it } from "vitest";
import { checkResponse, type ResponseMeta } from "./response";
import { MAX_GRAPH_BYTES } from "./size";

const meta = (more: Partial<ResponseMeta> = {}): ResponseMeta => ({
  status: 200,
  redirected: false,
  contentType: "application/json",
  contentLength: 12_000,
  ...more,
});

describe("checkResponse for a graph file", () => {
  it.each([
    ["application/json", "application/json"],
    ["with a charset", "application/json; charset=utf-8"],
    ["upper case", "Application/JSON"],
    ["text/json", "text/json"],
    ["a +json type", "application/vnd.entente+json"],
    ["text/plain (raw GitHub files)", "text/plain; charset=utf-8"],
    ["application/octet-stream", "application/octet-stream"],
    ["no content type", null],
  ])("accepts %s", (_, contentType) => {
    expect(checkResponse(meta({ contentType }), "graph")).toBeNull();
  });

  it("accepts a missing Content-Length and one exactly at the limit", () => {
    expect(checkResponse(meta({ contentLength: null }), "graph")).toBeNull();
    expect(checkResponse(meta({ contentLength: MAX_GRAPH_BYTES }), "graph")).toBeNull();
  });

  it.each([
    [{ status: 418 }, "The server answered 418 for the graph file.", "Check the address"],
    [{ status: 0 }, "The server gave no readable answer for the graph file.", "download"],
    [
      { redirected: true },
      "The server redirected the request for the graph file to another address; Entente does not follow redirects.",
      "final address",
    ],
    [
      { contentType: "text/html; charset=utf-8" },
      "The server sent a web page, not a graph file.",
      "home page",
    ],
    [
      { contentType: "image/png" },
      "The server sent image/png content, not the graph file.",
      "right file",
    ],
    [
      { contentType: "application/xml" },
      "The server sent application/xml content, not the graph file.",
      "right file",
    ],
    [
      { contentLength: MAX_GRAPH_BYTES + 1 },
      "The graph file is 20.1 MB; Entente opens files of up to 20 MB.",
      "right file",
    ],
  ])("refuses %o", (change, message, fix) => {
    const problem = checkResponse(meta(change), "graph");
    expect(problem).toMatchObject({ severity: "error", path: "", message });
    expect(problem?.fix).toContain(fix);
  });

  it("judges the status before anything else", () => {
    const problem = checkResponse(
      meta({ status: 500, redirected: true, contentType: "text/html" }),
      "graph",
    );
    expect(problem?.message).toBe(
      "The server answered 500 Internal Server Error for the graph file.",
    );
  });
});

describe("checkResponse for the source text", () => {
  it.each(["text/plain; charset=utf-8", "text/markdown", "text/csv", null])(
    "accepts %s",
    (contentType) => {
      expect(checkResponse(meta({ contentType }), "text")).toBeNull();
    },
  );

  it.each([
    ["text/html", "The server sent a web page, not the source text file."],
    ["application/json", "The server sent application/json content, not the source text file."],
    [
      "application/octet-stream",
      "The server sent application/octet-stream content, not the source text file.",
    ],
  ])("refuses %s", (contentType, message) => {
    expect(checkResponse(meta({ contentType }), "text")?.message).toBe(message);
  });

  it("names the source text in status and size messages", () => {
    const text = { contentType: "text/plain" };
    expect(checkResponse(meta({ ...text, status: 404 }), "text")?.message).toBe(
      "The server answered 404 Not Found for the source text file.",
    );
    expect(
      checkResponse(meta({ ...text, contentLength: 3 * MAX_GRAPH_BYTES }), "text")?.message,
    ).toBe("The source text file is 60 MB; Entente opens files of up to 20 MB.");
  });
});

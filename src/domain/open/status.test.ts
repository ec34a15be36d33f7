import { describe, expect, it } from "vitest";
import { checkResponse, type ResponseMeta } from "./response";

const meta = (more: Partial<ResponseMeta>): ResponseMeta => ({
  status: 200,
  redirected: false,
  contentType: "application/json",
  contentLength: 12_000,
  ...more,
});

const MOVED = "Check the address; the file may have moved.";
const PRIVATE = "The file is not public: download it and open it from your computer instead.";
const BUSY = "The server is busy or failing; try again later.";
const OTHER = "Check the address, or download the file and open it from your computer.";

describe("checkResponse names every status it knows, with its fix", () => {
  it.each([
    [101, "101", OTHER],
    [300, "300", OTHER],
    [400, "400 Bad Request", OTHER],
    [401, "401 Unauthorized", PRIVATE],
    [403, "403 Forbidden", PRIVATE],
    [404, "404 Not Found", MOVED],
    [408, "408 Request Timeout", OTHER],
    [410, "410 Gone", MOVED],
    [429, "429 Too Many Requests", BUSY],
    [500, "500 Internal Server Error", BUSY],
    [502, "502 Bad Gateway", BUSY],
    [503, "503 Service Unavailable", BUSY],
    [504, "504 Gateway Timeout", BUSY],
    [599, "599", BUSY],
  ])("%d", (status, answer, fix) => {
    expect(checkResponse(meta({ status }), "graph")).toEqual({
      severity: "error",
      path: "",
      message: `The server answered ${answer} for the graph file.`,
      fix,
    });
  });

  it("reads any 2xx as success", () => {
    expect(checkResponse(meta({ status: 299 }), "graph")).toBeNull();
  });
});

describe("checkResponse reads the content type whole", () => {
  it("trims the type before its parameters", () => {
    expect(checkResponse(meta({ contentType: "application/json ; charset=utf-8" }), "graph")).toBe(
      null,
    );
  });

  it.each([
    // JSON text sequences are not one JSON document.
    ["application/geo+json-seq"],
    // What fetch gives for a repeated header: the values joined, here the first one not JSON.
    ["application/xml, application/ld+json"],
  ])("refuses %s, which only contains a +json type", (contentType) => {
    expect(checkResponse(meta({ contentType }), "graph")?.message).toBe(
      `The server sent ${contentType} content, not the graph file.`,
    );
  });
});

import { describe, expect, it } from "vitest";
import { parseOriginList } from "../../../vite.config";
import { ALLOWED_ORIGINS } from "./allowedOrigins";

describe("the graph origin allowlist (VITE_GRAPH_ORIGINS)", () => {
  it("is empty unless the build names some", () => {
    expect(ALLOWED_ORIGINS).toEqual(parseOriginList(process.env.VITE_GRAPH_ORIGINS ?? ""));
  });

  it("normalises each origin and drops blanks and repeats", () => {
    expect(
      parseOriginList(
        " https://Data.Example.org, ,http://localhost:8080/,https://data.example.org:443",
      ),
    ).toEqual(["https://data.example.org", "http://localhost:8080"]);
  });

  it.each([
    ["a path", "https://data.example.org/graphs"],
    ["a bare host", "data.example.org"],
    ["another scheme", "ftp://data.example.org"],
    ["user info", "https://me@data.example.org"],
    ["a query", "https://data.example.org?x=1"],
  ])("fails the build on %s", (_, entry) => {
    expect(() => parseOriginList(entry)).toThrow(`VITE_GRAPH_ORIGINS: "${entry}" is not an origin`);
  });
});

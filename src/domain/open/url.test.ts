import { describe, expect, it } from "vitest";
import { resolveGraphUrl, resolveTextFile } from "./url";

const PAGE = "https://entente.example/app/?graph=x#top";
const TRUSTED = ["https://data.example.org", "http://localhost:8080"];

const resolve = (raw: string) => resolveGraphUrl(raw, PAGE, TRUSTED);

describe("resolveGraphUrl", () => {
  it.each([
    ["a relative path", "graphs/a.json", "https://entente.example/app/graphs/a.json", false],
    ["a root-relative path", "/data/a.json", "https://entente.example/data/a.json", false],
    [
      "the same origin, absolute",
      "https://entente.example/a.json",
      "https://entente.example/a.json",
      false,
    ],
    ["surrounding whitespace", "  a.json\n", "https://entente.example/app/a.json", false],
    [
      "a listed origin",
      "https://data.example.org/g/a.json",
      "https://data.example.org/g/a.json",
      true,
    ],
    [
      "a listed origin, default port spelled out",
      "https://data.example.org:443/a.json",
      "https://data.example.org/a.json",
      true,
    ],
    [
      "a listed origin, upper-case host",
      "https://DATA.example.org/a.json",
      "https://data.example.org/a.json",
      true,
    ],
    [
      "a listed origin's root folder",
      "https://data.example.org/",
      "https://data.example.org/",
      true,
    ],
    [
      "a name that ends in index.html",
      "graphs/site-index.html",
      "https://entente.example/app/graphs/site-index.html",
      false,
    ],
    [
      "a name that starts with index.html",
      "index.html.json",
      "https://entente.example/app/index.html.json",
      false,
    ],
    [
      "a listed http origin with a port",
      "http://localhost:8080/a.json",
      "http://localhost:8080/a.json",
      true,
    ],
  ])("allows %s", (_, raw, href, external) => {
    const result = resolve(raw);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.url.href).toBe(href);
    expect(result.external).toBe(external);
  });

  const OTHER_SITE = "Entente opens graph files from this site and from sites it trusts;";
  it.each([
    ["an empty address", "  ", "No address was given."],
    ["javascript:", "javascript:alert(1)", 'this one starts with "javascript:"'],
    ["javascript: with a line break inside", "java\nscript:alert(1)", '"javascript:"'],
    ["data:", "data:application/json,{}", 'starts with "data:"'],
    ["blob:", "blob:https://entente.example/1234", 'starts with "blob:"'],
    ["file:", "file:///etc/passwd", 'starts with "file:"'],
    ["user and password", "https://user:pw@entente.example/a.json", "user name or password"],
    [
      "a trusted name as user info",
      "https://data.example.org@evil.example/a.json",
      "user name or password",
    ],
    ["another origin", "https://evil.example/a.json", `${OTHER_SITE} https://evil.example is not`],
    ["a protocol-relative address", "//evil.example/a.json", "https://evil.example is not"],
    ["a backslash trick", "/\\evil.example/a.json", "https://evil.example is not"],
    ["a look-alike suffix", "https://data.example.org.evil.example/a.json", "is not one of them"],
    [
      "a listed host on another scheme",
      "http://data.example.org/a.json",
      "http://data.example.org is not",
    ],
    ["a listed host on another port", "https://data.example.org:8443/a.json", "is not one of them"],
    ["a Cyrillic look-alike", "https://dаta.example.org/a.json", "https://xn--dta-6cd.example.org"],
    [
      "a NUL character (?graph=%00), leaving the page itself",
      "\u0000",
      "leads to this app's own page",
    ],
    [".", ".", "leads to this app's own page"],
    ["the app's folder", "/app/", "leads to this app's own page"],
    ["the app's index.html", "index.html", "leads to this app's own page"],
    ["the app's index.htm", "/app/INDEX.HTM", "leads to this app's own page"],
    [
      "the page itself, absolute",
      "https://entente.example/app/?graph=y",
      "leads to this app's own page",
    ],
    ["the site's root", "https://entente.example/", "leads to this app's own page"],
    [
      "an unparsable address",
      "https://exa mple.org/a.json",
      '"https://exa mple.org/a.json" is not a web address.',
    ],
  ])("refuses %s", (_, raw, message) => {
    const result = resolve(raw);
    if (result.ok) throw new Error(`accepted ${result.url.href}`);
    expect(result.problem).toMatchObject({ severity: "error", path: "" });
    expect(result.problem.message).toContain(message);
    expect(result.problem.fix).toBeTruthy();
  });

  it("refuses the page itself when its address names no folder", () => {
    const result = resolveGraphUrl("?graph=y", "https://entente.example/app/view", TRUSTED);
    expect(!result.ok && result.problem.message).toBe(
      '"?graph=y" leads to this app\'s own page, not to a graph file.',
    );
  });

  it("matches listed origins exactly, not as prefixes", () => {
    expect(
      resolveGraphUrl("https://data.example.org/a.json", PAGE, ["https://data.example.org/"]).ok,
    ).toBe(false);
  });

  it("allows only absolute, listed addresses when the page address is unusable", () => {
    expect(resolveGraphUrl("a.json", "not a url", TRUSTED).ok).toBe(false);
    expect(resolveGraphUrl("https://data.example.org/a.json", "not a url", TRUSTED).ok).toBe(true);
  });
});

describe("resolveTextFile", () => {
  const graph = new URL("https://data.example.org/graphs/bezos/graph.json?v=2");

  it.each([
    ["a sibling file", "article.txt", "https://data.example.org/graphs/bezos/article.txt"],
    ["a sub-folder", "text/article.txt", "https://data.example.org/graphs/bezos/text/article.txt"],
    [
      "a parent folder (same server, so harmless)",
      "../../article.txt",
      "https://data.example.org/article.txt",
    ],
    ["a root path", "/texts/a.txt", "https://data.example.org/texts/a.txt"],
    [
      "a same-origin absolute address",
      "https://data.example.org/a.txt",
      "https://data.example.org/a.txt",
    ],
    [
      "spaces and non-Latin names",
      "статья 1.txt",
      "https://data.example.org/graphs/bezos/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F%201.txt",
    ],
  ])("resolves %s against the graph file", (_, textFile, href) => {
    const result = resolveTextFile(textFile, graph);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.url.href).toBe(href);
  });

  it.each([
    ["another site", "https://evil.example/a.txt"],
    ["a protocol-relative address", "//evil.example/a.txt"],
    ["a backslash trick", "\\\\evil.example/a.txt"],
    ["a data: address", "data:text/plain,fake article"],
    ["a file: address", "file:///etc/passwd"],
    ["user info on the same host", "https://me@data.example.org/a.txt"],
    ["the same host over http", "http://data.example.org/a.txt"],
  ])("refuses %s", (_, textFile) => {
    const result = resolveTextFile(textFile, graph);
    if (result.ok) throw new Error(`accepted ${result.url.href}`);
    expect(result.problem.path).toBe("source.textFile");
    expect(result.problem.message).toContain(
      "points away from the graph file's site (https://data.example.org); the source text must come from the same site",
    );
    expect(result.problem.fix).toContain('inline the article as "source.text"');
  });

  it("refuses any path when the graph itself came from no web address", () => {
    const result = resolveTextFile("article.txt", new URL("blob:https://entente.example/5f2c"));
    expect(!result.ok && result.problem.message).toBe(
      '"article.txt" cannot be read as a path from the graph file',
    );
  });
});

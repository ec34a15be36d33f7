import { describe, expect, it } from "vitest";
import { parentOf, streamXml, type XmlHandler } from "./xmlStream";

/** Every call the handler gets, with a copy of the path as it was at the time. */
const events = (text: string, withText = true) => {
  const seen: unknown[] = [];
  const handler: XmlHandler = {
    open: (tag, path) => seen.push(["open", tag.prefix, tag.name, tag.attrs, [...path]]),
    close: (name, path) => seen.push(["close", name, [...path]]),
    ...(withText
      ? { text: (t: string, path: readonly string[]) => seen.push(["text", t, [...path]]) }
      : {}),
  };
  return { result: streamXml(text, handler), seen };
};

const BOMB =
  "it declares XML entities (<!ENTITY …>) in its DOCTYPE. Entente never expands them (a few lines of entities can grow into gigabytes, the “billion laughs” attack) — remove the DOCTYPE and try again.";

describe("streamXml", () => {
  it("passes each tag with its prefix apart, the path of open elements, and text inside them", () => {
    const { result, seen } = events(
      '<g:doc v="1"><x:a:b y:z="2"/>\n  <cell><![CDATA[raw <text>]]>  words </cell><:d/></g:doc>',
    );
    expect(result).toEqual({ ok: true });
    expect(seen).toEqual([
      ["open", "g", "doc", { v: "1" }, ["doc"]],
      ["open", "x", "a:b", { "y:z": "2" }, ["doc", "a:b"]],
      ["close", "a:b", ["doc", "a:b"]],
      ["open", "", "cell", {}, ["doc", "cell"]],
      ["text", "raw <text>", ["doc", "cell"]],
      ["text", "  words ", ["doc", "cell"]],
      ["close", "cell", ["doc", "cell"]],
      ["open", "", "d", {}, ["doc", "d"]],
      ["close", "d", ["doc", "d"]],
      ["close", "doc", ["doc"]],
    ]);
  });

  it("reads a document with text to a handler that takes no text", () => {
    const { result, seen } = events("<a>words<b/></a>", false);
    expect(result).toEqual({ ok: true });
    expect(seen).toEqual([
      ["open", "", "a", {}, ["a"]],
      ["open", "", "b", {}, ["a", "b"]],
      ["close", "b", ["a", "b"]],
      ["close", "a", ["a"]],
    ]);
  });

  it.each([
    ["", "line 1, column 0: document must contain a root element."],
    ["hello", "line 1, column 5: text data outside of root node."],
    ["<a>", "line 1, column 3: unclosed tag: a"],
    ["<a>\n<b></c>", "line 2, column 7: unexpected close tag."],
    ["<a>&x;</a>", "line 1, column 6: undefined entity."],
    ["<a/><b/>", "line 1, column 7: documents may contain only one root."],
    [`<a>${"\n".repeat(11)}</b>`, "line 12, column 4: unexpected close tag."],
  ])("reports the first problem in %j with its place", (text, message) => {
    expect(events(text).result).toEqual({ ok: false, message });
  });

  it("reports a reader's own failure with the place it stopped at", () => {
    const result = streamXml("<a>\n  <b/></a>", {
      open: (tag) => {
        if (tag.name === "b") throw new Error("no b here");
      },
      close: () => {},
    });
    expect(result).toEqual({ ok: false, message: "line 2, column 7: no b here" });
  });

  it("keeps the first of several problems, and passes nothing on after it", () => {
    const { result, seen } = events("<a>\n<b></c><d>text</d></a></e>");
    expect(result).toEqual({ ok: false, message: "line 2, column 7: unexpected close tag." });
    expect(seen).toEqual([
      ["open", "", "a", {}, ["a"]],
      ["open", "", "b", {}, ["a", "b"]],
      ["close", "b", ["a", "b"]],
    ]);
  });

  it.each([
    ['<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['<!DOCTYPE a [<!entity x "y">]><a>text<b/></a>'],
  ])("refuses entity declarations, whatever their case, before reading any element: %j", (text) => {
    const { result, seen } = events(text);
    expect(result).toEqual({ ok: false, message: `line 1, column 31: ${BOMB}` });
    expect(seen).toEqual([]);
  });

  it("reads a DOCTYPE that declares no entity", () => {
    const { result, seen } = events("<!DOCTYPE a [<!ELEMENT a (#PCDATA)>]><a>t</a>");
    expect(result).toEqual({ ok: true });
    expect(seen).toEqual([
      ["open", "", "a", {}, ["a"]],
      ["text", "t", ["a"]],
      ["close", "a", ["a"]],
    ]);
  });

  it("passes on no text outside the root element", () => {
    expect(events("<a/>  \n").seen).toEqual([
      ["open", "", "a", {}, ["a"]],
      ["close", "a", ["a"]],
    ]);
    expect(events("<a/>x")).toEqual({
      result: { ok: false, message: "line 1, column 5: text data outside of root node." },
      seen: [
        ["open", "", "a", {}, ["a"]],
        ["close", "a", ["a"]],
      ],
    });
  });
});

describe("parentOf", () => {
  it.each([
    [[], undefined],
    [["a"], undefined],
    [["a", "b"], "a"],
    [["a", "b", "c"], "b"],
  ])("of %j is %j", (path, parent) => {
    expect(parentOf(path)).toBe(parent);
  });
});

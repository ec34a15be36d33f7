import { describe, expect, it } from "vitest";
import { HOSTILE_TEXT } from "../../../tests/helpers/exportGraphs";
import { attr, parseXml, path } from "../../../tests/helpers/parseXml";
import { element, renderXml, stripInvalidXmlChars, textElement } from "./xml";

const doc = (text: string) =>
  renderXml(element("r", { a: text }, [textElement("t", text, { missing: undefined })]));

describe("renderXml", () => {
  it("writes a declaration, indents children and self-closes empty elements", () => {
    expect(renderXml(element("a", { n: 1 }, [element("b"), textElement("c", "x")]))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a n="1">\n  <b/>\n  <c>x</c>\n</a>\n',
    );
  });

  it("leaves out undefined attributes", () => {
    expect(doc("x")).not.toContain("missing");
  });

  it.each(HOSTILE_TEXT)("round-trips %j through a strict parser", (written, read) => {
    const root = parseXml(doc(written));
    expect(attr(root, "a")).toBe(read);
    expect(path(root, "t").text).toBe(read);
  });
});

describe("stripInvalidXmlChars", () => {
  it("keeps astral characters whole and drops lone surrogates", () => {
    expect(stripInvalidXmlChars("\ud83e\udd84\ud83e")).toBe("🦄");
  });
});

// A tiny element tree: exporters build it, renderXml escapes and indents it, so no exporter can
// forget to escape a value.

/** XML 1.0 `Char` production: anything else (most C0 controls, lone surrogates, U+FFFE/U+FFFF) makes the document ill-formed. */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// A raw CR would be read back as LF (end-of-line handling), and raw tab/LF/CR inside an attribute
// as spaces (attribute-value normalisation); character references survive both.
const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
};
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  "\t": "&#9;",
  "\n": "&#10;",
};

/** The text without the characters XML 1.0 cannot carry at all. */
export const stripInvalidXmlChars = (text: string): string => text.replace(NOT_XML_CHAR, "");

export const escapeText = (text: string): string =>
  stripInvalidXmlChars(text).replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c] ?? c);

export const escapeAttribute = (value: string): string =>
  stripInvalidXmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);

/** Attributes in writing order; undefined ones are left out. */
export type XmlAttributes = Record<string, string | number | undefined>;

export interface XmlElement {
  name: string;
  attributes: XmlAttributes;
  children: XmlElement[];
  /** Character content; an element has either text or children. */
  text?: string;
}

export const element = (
  name: string,
  attributes: XmlAttributes = {},
  children: XmlElement[] = [],
): XmlElement => ({ name, attributes, children });

export const textElement = (
  name: string,
  text: string,
  attributes: XmlAttributes = {},
): XmlElement => ({ name, attributes, children: [], text });

function renderAttributes(attributes: XmlAttributes): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

function write(node: XmlElement, indent: string, lines: string[]): void {
  const open = `${indent}<${node.name}${renderAttributes(node.attributes)}`;
  if (node.text !== undefined) {
    lines.push(`${open}>${escapeText(node.text)}</${node.name}>`);
  } else if (node.children.length === 0) {
    lines.push(`${open}/>`);
  } else {
    lines.push(`${open}>`);
    for (const child of node.children) write(child, `${indent}  `, lines);
    lines.push(`${indent}</${node.name}>`);
  }
}

/** A whole UTF-8 document, two-space indented; text content is written exactly as given. */
export function renderXml(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, "", lines);
  return `${lines.join("\n")}\n`;
}

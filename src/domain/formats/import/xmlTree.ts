import { SaxesParser } from "saxes";

/** One element of a parsed XML file: local name (prefix kept apart), attributes, children, text. */
export interface XNode {
  name: string;
  prefix: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

export type XmlRead = { ok: true; root: XNode } | { ok: false; message: string };

const splitName = (qualified: string): [string, string] => {
  const colon = qualified.indexOf(":");
  return colon < 0 ? ["", qualified] : [qualified.slice(0, colon), qualified.slice(colon + 1)];
};

const BOMB =
  "it declares XML entities (<!ENTITY …>) in its DOCTYPE. Entente never expands them (a few lines of entities can grow into gigabytes, the “billion laughs” attack) — remove the DOCTYPE and try again.";

/**
 * The whole document as a small tree, parsed with saxes (no DOMParser in a Web Worker). Entity
 * declarations are refused outright and undefined entities are errors, so nothing is ever expanded
 * beyond XML's five built-in ones and character references.
 */
export function readXml(text: string): XmlRead {
  const parser = new SaxesParser({ position: true });
  const stack: XNode[] = [];
  let root: XNode | undefined;
  let failure: string | undefined;
  const fail = (message: string) => {
    failure ??= `line ${parser.line}, column ${parser.column + 1}: ${message}`;
  };
  // saxes prefixes its messages with "line:column: " (column from 1), the place we report.
  const fromSaxes = (e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):(\d+): (.*)$/s.exec(message);
    if (at) failure ??= `line ${at[1]}, column ${at[2]}: ${at[3]}`;
    else fail(message);
  };
  parser.on("error", fromSaxes);
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail(BOMB);
  });
  parser.on("opentag", (tag) => {
    const [prefix, name] = splitName(tag.name);
    // Without namespace processing saxes gives plain strings, in a fresh object per tag: kept.
    const attrs = tag.attributes as Record<string, string>;
    const node: XNode = { name, prefix, attrs, children: [], text: "" };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  // Whitespace between elements is dropped: in a 20k-element file it is a string per element.
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top && (top.text !== "" || t.trim() !== "")) top.text += t;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(text);
    if (failure === undefined) parser.close();
  } catch (e) {
    fromSaxes(e);
  }
  if (failure !== undefined) return { ok: false, message: failure };
  return root ? { ok: true, root } : { ok: false, message: "the file has no XML element" };
}

export const childrenNamed = (node: XNode | undefined, name: string): XNode[] =>
  node ? node.children.filter((c) => c.name === name) : [];

export const child = (node: XNode | undefined, name: string): XNode | undefined =>
  node?.children.find((c) => c.name === name);

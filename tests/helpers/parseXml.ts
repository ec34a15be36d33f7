// Test support: a strict, namespace-aware XML 1.0 parser (saxes, the one jsdom uses) turned into
// a small tree, so tests read exports the way Gephi or NetworkX would.
import { SaxesParser } from "saxes";

export interface ParsedElement {
  /** Qualified name as written, e.g. `viz:color`. */
  name: string;
  uri: string;
  attributes: Map<string, string>;
  children: ParsedElement[];
  text: string;
}

/** Parses a whole document; throws on anything that is not well-formed or namespace-valid. */
export function parseXml(xml: string): ParsedElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: ParsedElement[] = [];
  let root: ParsedElement | undefined;
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const attributes = new Map(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const node = { name: tag.name, uri: tag.uri, attributes, children: [], text: "" };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on("text", (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** The only child called `name`; throws when there is none or several. */
export function child(parent: ParsedElement, name: string): ParsedElement {
  const found = children(parent, name);
  if (found.length !== 1) throw new Error(`${parent.name} has ${found.length} <${name}>`);
  return found[0] as ParsedElement;
}

export const children = (parent: ParsedElement, name: string): ParsedElement[] =>
  parent.children.filter((c) => c.name === name);

/** Follows a path of single children, e.g. `path(root, "graph", "nodes")`. */
export const path = (from: ParsedElement, ...names: string[]): ParsedElement =>
  names.reduce(child, from);

export function attr(element: ParsedElement, name: string): string | undefined {
  return element.attributes.get(name);
}

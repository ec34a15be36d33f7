import { SaxesParser } from "saxes";

/** One opening tag: local name (prefix kept apart) and its attributes as written. */
export interface Tag {
  name: string;
  prefix: string;
  attrs: Record<string, string>;
}

/**
 * What a reader does with the file as it goes: no tree of the whole document is ever built, so a
 * reader keeps only what it needs (a 20k-element GEXF as a tree took 15 times its size).
 * `path` holds the local names of the open elements, the current one last.
 */
export interface XmlHandler {
  open(tag: Tag, path: readonly string[]): void;
  close(name: string, path: readonly string[]): void;
  /** Text and CDATA inside the current element; whitespace between elements is not passed on. */
  text?(text: string, path: readonly string[]): void;
}

export type XmlStreamed = { ok: true } | { ok: false; message: string };

const BOMB =
  "it declares XML entities (<!ENTITY …>) in its DOCTYPE. Entente never expands them (a few lines of entities can grow into gigabytes, the “billion laughs” attack) — remove the DOCTYPE and try again.";

const splitName = (qualified: string): [string, string] => {
  const colon = qualified.indexOf(":");
  return colon < 0 ? ["", qualified] : [qualified.slice(0, colon), qualified.slice(colon + 1)];
};

/**
 * Streams the document through `handler` with saxes (no DOMParser in a Web Worker). Entity
 * declarations are refused outright and undefined entities are errors, so nothing is ever
 * expanded beyond XML's five built-in ones and character references. Stops at the first
 * problem, which is returned with its line and column; what the handler saw until then stays.
 */
export function streamXml(text: string, handler: XmlHandler): XmlStreamed {
  const parser = new SaxesParser({ position: true });
  const path: string[] = [];
  let failure: string | undefined;
  let root = false;
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
    if (failure !== undefined) return;
    const [prefix, name] = splitName(tag.name);
    root = true;
    path.push(name);
    handler.open({ name, prefix, attrs: tag.attributes as Record<string, string> }, path);
  });
  parser.on("closetag", (tag) => {
    if (failure !== undefined) return;
    handler.close(splitName(tag.name)[1], path);
    path.pop();
  });
  const onText = handler.text;
  if (onText) {
    const addText = (t: string) => {
      if (failure === undefined && path.length > 0 && t.trim() !== "") onText(t, path);
    };
    parser.on("text", addText);
    parser.on("cdata", addText);
  }
  try {
    parser.write(text);
    if (failure === undefined) parser.close();
  } catch (e) {
    fromSaxes(e);
  }
  if (failure !== undefined) return { ok: false, message: failure };
  return root ? { ok: true } : { ok: false, message: "the file has no XML element" };
}

/** The parent of the current element, by local name. */
export const parentOf = (path: readonly string[]): string | undefined => path[path.length - 2];

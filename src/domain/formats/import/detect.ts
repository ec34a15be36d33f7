import { OPENS } from "./names";

/** What a file is, judged by its content first and its name only where content cannot tell. */
export type Detected =
  | { kind: "entente"; value: unknown }
  | { kind: "xml"; format: "gexf" | "graphml" }
  | {
      kind: "json";
      format: "graphology" | "cytoscape" | "networkx" | "jgf";
      value: Record<string, unknown>;
    }
  | { kind: "table" }
  | { kind: "sif" }
  | { kind: "unknown"; message: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The foreign JSON shape a value has, if any; Entente's own (with "format") is left to the loader. */
export function jsonShape(value: unknown): (Detected & { kind: "json" }) | undefined {
  if (!isObj(value) || "format" in value) return undefined;
  if ("elements" in value) return { kind: "json", format: "cytoscape", value };
  if (isObj(value.graph) && ("nodes" in value.graph || "edges" in value.graph))
    return { kind: "json", format: "jgf", value };
  if (Array.isArray(value.graphs)) return { kind: "json", format: "jgf", value };
  const nodes = Array.isArray(value.nodes) ? (value.nodes as unknown[]) : undefined;
  if (!nodes) return undefined;
  const first: unknown = nodes[0];
  if (isObj(first) ? "key" in first : "options" in value) {
    return { kind: "json", format: "graphology", value };
  }
  if ((isObj(first) && "id" in first) || "links" in value || "multigraph" in value) {
    return { kind: "json", format: "networkx", value };
  }
  return undefined;
}

const XML_START =
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*(\[[\s\S]*?\])?\s*>\s*)?(<!--[\s\S]*?-->\s*)*<([\w:.-]+)/;

/**
 * XML whose root is gexf or graphml, judged by its first element only: the reader streams the
 * rest. `undefined` when the text is not XML at all.
 */
export function detectXml(text: string): Detected | undefined {
  const head = XML_START.exec(text.slice(0, 4096));
  if (!head) return undefined;
  const rootName = (head[6] ?? "").replace(/^.*:/, "").toLowerCase();
  if (rootName === "html") return undefined;
  if (rootName !== "gexf" && rootName !== "graphml") {
    return {
      kind: "unknown",
      message: `This is an XML file whose root element is <${head[6] ?? ""}>, not a graph Entente knows. ${OPENS}.`,
    };
  }
  return { kind: "xml", format: rootName };
}

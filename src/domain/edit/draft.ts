import { graphToDocument } from "../formats/json";
import type { Graph, PartialDate } from "../model/types";
import type { DraftDocument } from "./types";

export interface SourceFields {
  text: string;
  title: string;
  publisher?: string;
  published?: PartialDate;
  url?: string;
}

const filled = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** An empty draft over a pasted article; the graph is named after the article until renamed. */
export function newDraft(fields: SourceFields): DraftDocument {
  const title = filled(fields.title) ?? "Untitled article";
  const source = Object.fromEntries(
    Object.entries({
      title,
      publisher: filled(fields.publisher),
      published: filled(fields.published),
      url: filled(fields.url),
      text: fields.text,
    }).filter(([, v]) => v !== undefined),
  ) as DraftDocument["source"];
  return { format: "entente-graph", version: 1, title, source, nodes: [], edges: [] };
}

/** A draft copied from a loaded graph; the graph itself is never touched. */
export const draftFromGraph = (graph: Graph): DraftDocument =>
  structuredClone(graphToDocument(graph));

/** The v1 file the draft is: two-space indented, with a trailing newline. */
export const draftToJson = (doc: DraftDocument): string => `${JSON.stringify(doc, null, 2)}\n`;

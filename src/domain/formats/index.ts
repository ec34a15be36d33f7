import type { Graph } from "../model/types";
import { exportGexf } from "./gexf";
import { exportGraphml } from "./graphml";
import { exportJson } from "./json";

export { exportGexf } from "./gexf";
export { exportGraphml } from "./graphml";
export { exportJson, graphToDocument } from "./json";
export type { DocumentEdge, DocumentEvidence, DocumentNode, GraphDocument } from "./json";

export type ExportFormat = "json" | "gexf" | "graphml";

export interface Exporter {
  /** File name extension, without the dot. */
  extension: string;
  mimeType: string;
  write: (graph: Graph) => string;
}

/** Everything a download button needs, per format. */
export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  json: { extension: "json", mimeType: "application/json", write: exportJson },
  gexf: { extension: "gexf", mimeType: "application/gexf+xml", write: exportGexf },
  graphml: { extension: "graphml", mimeType: "application/graphml+xml", write: exportGraphml },
};

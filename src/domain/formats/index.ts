import type { Graph } from "../model/types";
import { exportGexf, gexfRenamed } from "./gexf";
import { exportGraphml, graphmlRenamed } from "./graphml";
import { exportJson } from "./json";

export { exportGexf } from "./gexf";
export { exportGraphml } from "./graphml";
export { exportJson, graphToDocument } from "./json";
export { exportNotice } from "./embedded";
export type { DocumentEdge, DocumentEvidence, DocumentNode, GraphDocument } from "./json";

export type ExportFormat = "json" | "gexf" | "graphml";

export interface Exporter {
  /** File name extension, without the dot. */
  extension: string;
  mimeType: string;
  write: (graph: Graph) => string;
  /** Ids the file must carry under another name, [in Entente, in the file]. */
  renamed?: (graph: Graph) => [string, string][];
}

/** Everything a download button needs, per format. */
export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  json: { extension: "json", mimeType: "application/json", write: exportJson },
  gexf: {
    extension: "gexf",
    mimeType: "application/gexf+xml",
    write: exportGexf,
    renamed: gexfRenamed,
  },
  graphml: {
    extension: "graphml",
    mimeType: "application/graphml+xml",
    write: exportGraphml,
    renamed: graphmlRenamed,
  },
};

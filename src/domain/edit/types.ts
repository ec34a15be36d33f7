import type { DocumentEdge, DocumentEvidence, DocumentNode, GraphDocument } from "../formats/json";
import type { Position, Source } from "../model/types";

export type { Position };
export type DraftNode = DocumentNode;
export type DraftEdge = DocumentEdge;
export type DraftEvidence = DocumentEvidence;

/** The draft is the v1 file itself, so exporting it is writing it out. */
export interface DraftDocument extends Omit<GraphDocument, "nodes" | "edges" | "source"> {
  /** A draft always carries its text inline. */
  source: GraphDocument["source"] & { text: string };
  nodes: DraftNode[];
  edges: DraftEdge[];
}

type NodePatch = Partial<Omit<DraftNode, "id" | "evidence">>;
type EdgePatch = Partial<Omit<DraftEdge, "id" | "evidence">>;
type SourcePatch = Partial<Omit<Source, "textFile">>;

/** Every edit is one of these; producers apply them, history undoes them, drafts save their result. */
export type Change =
  | { type: "title"; title: string }
  | { type: "source"; patch: SourcePatch }
  | { type: "addNode"; node: DraftNode }
  | { type: "updateNode"; id: string; patch: NodePatch }
  /** Removes the node's relationships with it, so no edge is ever left dangling. */
  | { type: "removeNode"; id: string }
  | { type: "addEdge"; edge: DraftEdge }
  | { type: "updateEdge"; id: string; patch: EdgePatch }
  | { type: "removeEdge"; id: string }
  | { type: "addEvidence"; owner: string; evidence: DraftEvidence }
  | { type: "updateEvidence"; owner: string; index: number; patch: Partial<DraftEvidence> }
  | { type: "removeEvidence"; owner: string; index: number }
  | { type: "position"; id: string; position: Position }
  /** Several changes as one undo step ("Accept all"). */
  | { type: "batch"; changes: Change[] };

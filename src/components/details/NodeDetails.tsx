import { describeEdge, describeWhen, KIND_LABELS } from "../../domain/model/labels";
import type { Graph, GraphNode } from "../../domain/model/types";
import { StanceSample } from "../filters/StanceSample";
import { KindDot } from "../lists/KindDot";
import { EvidenceList } from "./EvidenceList";

interface Props {
  graph: Graph;
  node: GraphNode;
  onSelect: (id: string) => void;
}

/** A person, organisation or event: what it is, its relationships, and the quotes behind it. */
export function NodeDetails({ graph, node, onSelect }: Props) {
  const when = describeWhen(node);
  const edges = graph.edges.filter((e) => e.source === node.id || e.target === node.id);
  return (
    <>
      <h2 className="details-title">{node.label}</h2>
      <p className="details-kind">
        <KindDot kind={node.kind} /> {KIND_LABELS[node.kind]}
        {when && <span className="details-when"> · {when}</span>}
      </p>
      {node.summary && <p className="details-summary">{node.summary}</p>}
      <h3 className="details-subhead">Connections ({edges.length})</h3>
      {edges.length === 0 ? (
        <p className="details-muted">None recorded in this graph.</p>
      ) : (
        <ul className="details-links">
          {edges.map((edge) => (
            <li key={edge.id}>
              <button type="button" className="details-link" onClick={() => onSelect(edge.id)}>
                <StanceSample stance={edge.stance} />
                <span>{describeEdge(graph, edge)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="details-subhead">Evidence</h3>
      <EvidenceList evidence={node.evidence} />
    </>
  );
}

import { describeWhen, edgeEnds, endLabel, STANCE_LABELS } from "../../domain/model/labels";
import type { Graph, GraphEdge } from "../../domain/model/types";
import { StanceSample } from "../filters/StanceSample";
import { EvidenceList } from "./EvidenceList";
import { StanceHistory } from "./StanceHistory";

interface Props {
  graph: Graph;
  edge: GraphEdge;
  onSelect: (id: string) => void;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A relationship: its stance in words and line style, both ends, and the quotes behind it. */
export function EdgeDetails({ graph, edge, onSelect }: Props) {
  const when = describeWhen(edge);
  return (
    <>
      <h2 className="details-title">{edgeEnds(graph, edge)}</h2>
      <p className="details-kind">
        <StanceSample stance={edge.stance} /> {capitalise(STANCE_LABELS[edge.stance])}
        {when && <span className="details-when"> · {when}</span>}
      </p>
      <p className="details-summary">
        {endLabel(graph, edge.source)} <em>{edge.relation}</em> {endLabel(graph, edge.target)}
      </p>
      <h3 className="details-subhead">Between</h3>
      <ul className="details-links details-links--inline">
        {[edge.source, edge.target].map((id, i) => (
          <li key={i}>
            <button type="button" className="details-link" onClick={() => onSelect(id)}>
              {endLabel(graph, id)}
            </button>
          </li>
        ))}
      </ul>
      <StanceHistory graph={graph} edge={edge} onSelect={onSelect} />
      <h3 className="details-subhead">Evidence</h3>
      <EvidenceList evidence={edge.evidence} />
    </>
  );
}

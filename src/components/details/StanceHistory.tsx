import { describeWhen, endLabel, STANCE_LABELS } from "../../domain/model/labels";
import type { Graph, GraphEdge } from "../../domain/model/types";
import { pairOf } from "../../domain/view/pairs";
import { StanceSample } from "../filters/StanceSample";

interface Props {
  graph: Graph;
  edge: GraphEdge;
  onSelect: (id: string) => void;
}

/**
 * Every relationship between the same two entities, oldest first: the canvas draws the pair as
 * one line in its stance at the chosen time, and this is how it got there.
 */
export function StanceHistory({ graph, edge, onSelect }: Props) {
  const pair = pairOf(graph, edge);
  if (pair.length < 2) return null;
  return (
    <>
      <h3 className="details-subhead" id="stance-history">
        Stance history
      </h3>
      <ol className="stance-history" aria-labelledby="stance-history">
        {pair.map((item) => {
          const when = describeWhen(item) || "undated";
          const line = `${endLabel(graph, item.source)} ${item.relation} ${endLabel(graph, item.target)}`;
          const current = item.id === edge.id;
          return (
            <li key={item.id} className="stance-history__item" aria-current={current || undefined}>
              <span className="stance-history__when">{when}</span>
              <span className="stance-history__stance">
                <StanceSample stance={item.stance} /> {STANCE_LABELS[item.stance]}
              </span>
              {current ? (
                <strong className="stance-history__line">{line}</strong>
              ) : (
                <button type="button" className="details-link" onClick={() => onSelect(item.id)}>
                  {line}
                </button>
              )}
              {item.evidence.map((evidence, i) => (
                <q key={i} className="stance-history__quote">
                  {evidence.quote}
                </q>
              ))}
            </li>
          );
        })}
      </ol>
    </>
  );
}

import { endLabel, STANCE_LABELS } from "../../domain/model/labels";
import { quoteCertainty } from "../../domain/view";
import type { Hop } from "../../domain/analysis";
import type { Graph } from "../../domain/model/types";
import { CertaintyBadge, UnverifiedBadge } from "../claims/CertaintyBadge";
import { StanceSample } from "../filters/StanceSample";

interface Props {
  graph: Graph;
  hop: Hop;
  /** The relationship had ended by this step: taken only because no current route exists. */
  past: boolean;
  onSelect: (id: string) => void;
}

/**
 * One step of a route, in walking order: "A —relation→ B", or "A ←relation— B" when the
 * relationship points back along the route; its stance, and the surest quote behind it.
 */
export function HopItem({ graph, hop, past, onSelect }: Props) {
  const { edge, from, to, reversed, quote } = hop;
  const arrow = reversed ? `←${edge.relation}—` : `—${edge.relation}→`;
  return (
    <li className={past ? "hop hop--past" : "hop"}>
      <button type="button" className="hop-link" onClick={() => onSelect(edge.id)}>
        <span className="hop-end">{endLabel(graph, from)}</span>{" "}
        <span className="hop-relation">{arrow}</span>{" "}
        <span className="hop-end">{endLabel(graph, to)}</span>
        {past && <span className="hop-tag"> (past: ended before this step)</span>}
      </button>
      <p className="hop-stance">
        <StanceSample stance={edge.stance} /> {STANCE_LABELS[edge.stance]}
      </p>
      {quote && (
        <figure className="hop-quote">
          <blockquote>
            <p>{quote.quote}</p>
          </blockquote>
          <figcaption className="hop-caption">
            {quote.attribution && <span>— according to {quote.attribution}</span>}
            <CertaintyBadge certainty={quoteCertainty(quote)} />
            {quote.anchor === null && <UnverifiedBadge />}
          </figcaption>
        </figure>
      )}
    </li>
  );
}

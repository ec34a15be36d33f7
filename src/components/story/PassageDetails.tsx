import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { describeEdge } from "../../domain/model/labels";
import { elementsInRange } from "../../domain/story";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { StanceSample } from "../filters/StanceSample";
import { KindDot } from "../lists/KindDot";
import "../details/details.css";

/** Beyond this, the passage is shown cut, with "…": the article itself is one pane below. */
const EXCERPT = 280;

const selectPassage = (s: EntenteState) => ({
  graph: s.graph,
  passage: s.passage,
  select: s.select,
  setPassage: s.setPassage,
});

/** Details in read-along: the passage the reader picked and every element the graph quotes from it. */
export function PassageDetails() {
  const { graph, passage, select, setPassage } = useEntente(useShallow(selectPassage));
  const found = useMemo(
    () => (passage ? elementsInRange(graph, passage.start, passage.end) : null),
    [graph, passage],
  );
  if (!passage || !found) return null;
  const text = graph.source.text.slice(passage.start, passage.end).trim();
  const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text;
  const total = found.nodes.length + found.edges.length;
  const clear = () => {
    document.getSelection()?.removeAllRanges();
    setPassage(null);
  };
  return (
    <section className="pane details" aria-label="Passage" tabIndex={0}>
      <div className="details-bar">
        <span className="details-eyebrow">Passage</span>
        <button type="button" className="link-button" onClick={clear}>
          Clear passage
        </button>
      </div>
      <blockquote className="evidence-quote">
        <p>{excerpt}</p>
      </blockquote>
      <h2 className="details-subhead">This passage supports ({total})</h2>
      {total === 0 ? (
        <p className="details-muted">Nothing in the graph quotes this passage.</p>
      ) : (
        <ul className="details-links" aria-label="This passage supports">
          {found.nodes.map((id) => {
            const node = graph.nodeById.get(id);
            return (
              node && (
                <li key={id}>
                  <button type="button" className="details-link" onClick={() => select(id)}>
                    <KindDot kind={node.kind} />
                    <span>{node.label}</span>
                  </button>
                </li>
              )
            );
          })}
          {found.edges.map((id) => {
            const edge = graph.edgeById.get(id);
            return (
              edge && (
                <li key={id}>
                  <button type="button" className="details-link" onClick={() => select(id)}>
                    <StanceSample stance={edge.stance} />
                    <span>{describeEdge(graph, edge)}</span>
                  </button>
                </li>
              )
            );
          })}
        </ul>
      )}
    </section>
  );
}

import { Suspense } from "react";
import { useShallow } from "zustand/react/shallow";
import { selectShown, useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { lazyComponent } from "../lazyComponent";
import "./details.css";

// An element's details load with the first selection (or once the page is idle), not with the app.
const nodeDetails = lazyComponent(() => import("./NodeDetails").then((m) => m.NodeDetails));
const edgeDetails = lazyComponent(() => import("./EdgeDetails").then((m) => m.EdgeDetails));
const NodeDetails = nodeDetails.Component;
const EdgeDetails = edgeDetails.Component;

/** Fetches what a selection shows, so the first one shows at once. */
export const preloadDetails = (): Promise<unknown> =>
  Promise.all([nodeDetails.preload(), edgeDetails.preload()]);

const selectDetails = (s: EntenteState) => ({
  graph: s.graph,
  selection: s.view.selection,
  select: s.select,
  visible: selectShown(s),
});

/** Why the selection may be missing from the graph: it is filtered out or not yet in the story. */
function VisibilityNote({ shown, past }: { shown: boolean; past: boolean }) {
  if (!shown) {
    return (
      <p className="details-note">Not in the graph at this time step or with these filters.</p>
    );
  }
  return past ? <p className="details-note">Ended before this time step (shown faded).</p> : null;
}

/** What the article says about the selected entity or relationship, quote by quote. */
export function DetailsPanel() {
  const { graph, selection, select, visible } = useEntente(useShallow(selectDetails));
  const node = selection === null ? undefined : graph.nodeById.get(selection);
  const edge = selection === null || node ? undefined : graph.edgeById.get(selection);
  const shown = node ? visible.nodes.has(node.id) : edge ? visible.edges.has(edge.id) : true;
  const past = selection !== null && visible.past.has(selection);
  return (
    // Focusable so the keyboard can scroll a long entry.
    <section className="pane details" aria-label="Details" tabIndex={0}>
      {(node || edge) && (
        <div className="details-bar">
          <span className="details-eyebrow">{node ? "Entity" : "Relationship"}</span>
          <button type="button" className="link-button" onClick={() => select(null)}>
            Clear selection
          </button>
        </div>
      )}
      {(node || edge) && <VisibilityNote shown={shown} past={past} />}
      {node || edge ? (
        <Suspense
          fallback={
            <p role="status" className="details-muted">
              Loading…
            </p>
          }
        >
          {node ? (
            <NodeDetails graph={graph} node={node} onSelect={select} />
          ) : (
            edge && <EdgeDetails graph={graph} edge={edge} onSelect={select} />
          )}
        </Suspense>
      ) : (
        <div className="details-empty">
          <h2 className="details-title">Details</h2>
          <p>
            Select a person, organisation or relationship in the graph or the lists to see the
            article’s own words for it.
          </p>
          <p className="details-muted">
            Each quote says who made the claim and how firm it is: <em>Confirmed</em>,{" "}
            <em>Reported</em> or <em>Speculative</em>. <em>Unverified</em> marks a quote that could
            not be found in the article.
          </p>
        </div>
      )}
    </section>
  );
}

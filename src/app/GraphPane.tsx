import { useShallow } from "zustand/react/shallow";
import { GraphCanvas, GraphControls, Legend } from "../graph";
import { selectShown, useEntente } from "../state";
import type { EntenteState } from "../state";
import { useGraphEmphasis } from "./useReadAlong";

export const GRAPH_PANE_ID = "graph";

// Only what the canvas draws: a change elsewhere (say a new Details panel) re-renders nothing here.
const selectCanvas = (s: EntenteState) => ({
  graph: s.graph,
  visible: selectShown(s),
  selected: s.view.selection,
  select: s.select,
  changeMarks: s.changeMarks,
});

/** The graph pane: the canvas filling it, view buttons on top, the legend folded in a corner. */
export function GraphPane() {
  const { graph, visible, selected, select, changeMarks } = useEntente(useShallow(selectCanvas));
  const { focus, spotlight } = useGraphEmphasis();
  return (
    <section id={GRAPH_PANE_ID} className="pane graph-pane" aria-label="Graph" tabIndex={-1}>
      <GraphCanvas
        graph={graph}
        visible={visible}
        selected={selected}
        focus={focus}
        spotlight={spotlight}
        changeMarks={changeMarks}
        onSelect={select}
      />
      <div className="graph-toolbar">
        <GraphControls />
      </div>
      <Legend
        fileColours={graph.nodes.some((n) => n.color !== undefined)}
        edgeColours={graph.edges.some((e) => e.color !== undefined)}
      />
    </section>
  );
}

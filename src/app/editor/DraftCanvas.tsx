import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import type { Change } from "../../domain/edit/types";
import { fromCyId, toCyId } from "../../graph/elements";
import { graphScale } from "../../graph/metrics";
import { STYLESHEETS } from "../../graph/stylesheet";
import { THEMES } from "../../graph/palette";
import { useColorScheme } from "../../graph/useColorScheme";
import { useEditor, useEditorStore } from "../../state/editorContext";
import { DraftCanvasController } from "./draftCanvas";

const FIT_PADDING = 30;
const SMALL_STEP = 10;
const BIG_STEP = 50;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};
const MAX_FIT_ZOOM = 1.5;

function fit(cy: Core) {
  if (cy.nodes().empty()) return;
  cy.fit(cy.nodes(), FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM)
    cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/**
 * The draft on the explorer's canvas style. Created once per editor (destroyed with it); each
 * change reaches it as an in-place update, so a new entity appears beside its neighbours and
 * nothing else moves. Dragging a node saves where it was put; "Tidy layout" lays it all out again.
 */
export function DraftCanvas() {
  const store = useEditorStore();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<{ cy: Core; controller: DraftCanvasController } | null>(null);
  const scheme = useColorScheme();
  const [tidying, setTidying] = useState(false);
  const empty = useEditor((s) => s.history.present.nodes.length === 0);
  // The explorer's detail tiers: a big draft draws straight edges without arrows, as a big graph does.
  const scale = useEditor((s) => graphScale(s.history.present));

  useEffect(() => {
    const container = box.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: STYLESHEETS[graphScale(store.getState().history.present)].light,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    const controller = new DraftCanvasController(cy);
    canvas.current = { cy, controller };
    const abort = new AbortController();
    const first = store.getState().history.present;
    const unplaced = controller.sync(first);
    // A draft with no saved positions at all (a new one, or one from a graph) is laid out once.
    if (unplaced.length > 1 && unplaced.length === first.nodes.length) {
      void controller.tidy(abort.signal).then(
        (positions) => {
          if (abort.signal.aborted) return;
          cy.batch(() =>
            positions.forEach((at, id) => cy.getElementById(toCyId(id)).position({ ...at })),
          );
          fit(cy);
        },
        () => undefined,
      );
    } else fit(cy);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selected !== previous.selected) controller.select(state.selected);
      if (state.history.present === previous.history.present) return;
      const added = controller.sync(state.history.present);
      // Refit only when a new node would be cut off: otherwise the view stays where it was.
      const view = cy.extent();
      const outside = added.some((id) => {
        const box = cy.getElementById(toCyId(id)).boundingBox();
        return box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2;
      });
      if (outside) fit(cy);
      if (state.selected !== null) controller.select(state.selected);
    });
    cy.on("dragfree", "node", (event) => {
      const at = event.target.position();
      store.getState().change({
        type: "position",
        id: fromCyId(event.target.id()),
        position: { x: Math.round(at.x), y: Math.round(at.y) },
      });
    });
    cy.on("tap", "node, edge", (event) => {
      store.getState().pick(fromCyId(event.target.id()));
    });
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(container);
    return () => {
      abort.abort();
      resize.disconnect();
      unsubscribe();
      canvas.current = null;
      cy.destroy();
    };
  }, [store]);

  useEffect(() => {
    canvas.current?.cy.style(STYLESHEETS[scale][scheme]);
  }, [scale, scheme]);

  // The keyboard's drag: arrows move the picked entity (Shift: further), each press one undo step.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = ARROWS[event.key];
    const { selected, history, change } = store.getState();
    const node = history.present.nodes.find((n) => n.id === selected);
    const drawn = node && canvas.current?.cy.getElementById(toCyId(node.id));
    if (!step || !node || !drawn || drawn.empty()) return;
    event.preventDefault();
    const at = drawn.position();
    const by = event.shiftKey ? BIG_STEP : SMALL_STEP;
    change({
      type: "position",
      id: node.id,
      position: { x: Math.round(at.x + step[0] * by), y: Math.round(at.y + step[1] * by) },
    });
  };

  const tidy = async () => {
    const current = canvas.current;
    if (!current) return;
    setTidying(true);
    try {
      const positions = await current.controller.tidy();
      const changes: Change[] = [...positions].map(([id, position]) => ({
        type: "position",
        id,
        position,
      }));
      store.getState().change({ type: "batch", changes });
      fit(current.cy);
    } finally {
      setTidying(false);
    }
  };

  return (
    <section className="editor-panel editor-canvas-panel" aria-label="Graph">
      <div className="editor-panel-head">
        <h2>Graph</h2>
        <span className="editor-row-actions">
          <button type="button" onClick={() => canvas.current && fit(canvas.current.cy)}>
            Fit
          </button>
          <button type="button" onClick={() => void tidy()} disabled={tidying}>
            {tidying ? "Tidying…" : "Tidy layout"}
          </button>
        </span>
      </div>
      <div
        ref={box}
        className="editor-canvas"
        role="application"
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-label="The draft as a graph. Drag a node to place it, or pick an entity (on the graph or in the Entities list) and move it with the arrow keys here, Shift for bigger steps. The lists beside it hold the same entities and relationships."
        style={{ background: THEMES[scheme].background }}
      />
      {empty && <p className="editor-canvas-empty">Accepted entities appear here.</p>}
    </section>
  );
}

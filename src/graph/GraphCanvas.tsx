import type { Core } from "cytoscape";
import { useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { onePerPair } from "../domain/view/pairs";
import { useGraphSlot, usePendingOf } from "./context";
import { GraphController } from "./controller";
import { GraphSlot } from "./slot";
import { CyMount } from "./CyMount";
import type { HoverInfo } from "./hover";
import type { TooltipHandle } from "./HoverTooltip";
import { HoverTooltip } from "./HoverTooltip";
import { graphScale } from "./metrics";
import { THEMES } from "./palette";
import { markPairCounts } from "./pairCounts";
import { installProbe } from "./probe";
import { STYLESHEETS } from "./stylesheet";
import type { GraphCanvasProps } from "./types";
import { markChanges } from "./changeMarks";
import { useColorScheme } from "./useColorScheme";
import "./graph.css";

/**
 * The relationship graph, drawn by Cytoscape and driven by props. Its GraphController is made in
 * an effect and destroyed in its cleanup (StrictMode's second mount starts clean), published to
 * the GraphProvider above for the controls beside it.
 */
export function GraphCanvas({
  graph,
  visible,
  selected,
  focus,
  spotlight = false,
  changeMarks = null,
  onSelect,
}: GraphCanvasProps) {
  const scheme = useColorScheme();
  // Chosen with the graph, before its elements arrive, so a big graph is never styled the slow way.
  const stylesheets = STYLESHEETS[graphScale(graph)];
  // react-cytoscapejs hands over its instance on every update; state bails out on the same object.
  const [cy, setCy] = useState<Core | null>(null);
  // The controller lives in the provider's slot (or this canvas's own without a provider), which
  // re-renders whoever reads it when the canvas publishes or withdraws one.
  const provided = useGraphSlot();
  const [own] = useState(() => new GraphSlot());
  const slot = provided ?? own;
  const controller = useSyncExternalStore(
    slot.subscribe,
    () => slot.current,
    () => null,
  );
  const wrapper = useRef<HTMLDivElement>(null);
  const tooltip = useRef<TooltipHandle>(null);

  const select = useEffectEvent((id: string | null) => onSelect(id));
  const hover = useEffectEvent((info: HoverInfo | null) => tooltip.current?.show(info));
  useEffect(() => {
    if (cy === null) return;
    const made = new GraphController(cy, {
      select: (id) => select(id),
      hover: (info) => hover(info),
    });
    const withdraw = slot.publish(made);
    const removeProbe = installProbe(made);
    return () => {
      withdraw();
      removeProbe();
      made.destroy();
    };
  }, [cy, slot]);

  useEffect(() => {
    const box = wrapper.current;
    if (controller === null || box === null) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) controller.resize(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [controller]);

  const pending = usePendingOf(controller);

  // One line per pair of entities: what is selected or focused is lit on its pair's line.
  const pairs = useMemo(() => onePerPair(graph, visible), [graph, visible]);
  const drawnSelection = selected === null ? null : (pairs.drawnAs.get(selected) ?? selected);
  const drawnFocus = useMemo(
    () =>
      focus === undefined
        ? undefined
        : new Set([...focus].map((id) => pairs.drawnAs.get(id) ?? id)),
    [focus, pairs],
  );
  // Reads the view as it is when the graph changes; the effects below keep it current after.
  const applyGraph = useEffectEvent(
    (target: GraphController) =>
      void target.applyGraph(graph, {
        visible: pairs.visible,
        selected: drawnSelection,
        focus: drawnFocus,
        spotlight,
      }),
  );
  useEffect(() => {
    if (controller !== null) applyGraph(controller);
  }, [controller, graph]);

  useEffect(() => {
    if (controller === null) return;
    controller.show(pairs.visible);
    markPairCounts(controller.cy, pairs.current);
  }, [controller, pairs]);
  useEffect(
    () => controller?.highlight(drawnSelection, drawnFocus, spotlight),
    [controller, drawnSelection, drawnFocus, spotlight],
  );

  // A pair drawn as one line shows the change of whichever of its relationships the tab names.
  useEffect(() => {
    if (controller === null) return;
    const drawn = changeMarks
      ? new Map([...changeMarks].map(([id, kind]) => [pairs.drawnAs.get(id) ?? id, kind]))
      : null;
    markChanges(controller.cy, drawn);
  }, [controller, changeMarks, pairs]);

  return (
    <div
      ref={wrapper}
      // Until its layout lands a new graph is drawn nowhere: its elements sit unplaced.
      className={pending === "load" ? "graph-canvas graph-canvas--pending" : "graph-canvas"}
      role="group"
      aria-label="Relationship graph"
      aria-busy={pending !== null}
      style={{ background: THEMES[scheme].background }}
    >
      <CyMount stylesheet={stylesheets[scheme]} onCy={setCy} />
      <HoverTooltip ref={tooltip} />
    </div>
  );
}

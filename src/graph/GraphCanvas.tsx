import type { Core } from "cytoscape";
import { useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import { GraphController } from "./controller";
import { CyMount } from "./CyMount";
import { publishController, useLayoutPending } from "./handle";
import type { TooltipHandle } from "./HoverTooltip";
import { HoverTooltip } from "./HoverTooltip";
import { graphScale } from "./metrics";
import { THEMES } from "./palette";
import { STYLESHEETS } from "./stylesheet";
import type { GraphCanvasProps } from "./types";
import { useColorScheme } from "./useColorScheme";
import { useCyEvents } from "./useCyEvents";
import "./graph.css";

/** The relationship graph, drawn by Cytoscape and driven entirely by props. */
export function GraphCanvas({
  graph,
  graphVersion,
  visible,
  selected,
  focus,
  spotlight = false,
  onSelect,
}: GraphCanvasProps) {
  const scheme = useColorScheme();
  // Chosen with the graph, before its elements arrive, so a big graph is never styled the slow way.
  const stylesheets = STYLESHEETS[graphScale(graph)];
  // react-cytoscapejs hands over its instance on every update; state bails out on the same object.
  const [cy, setCy] = useState<Core | null>(null);
  const controller = useMemo(() => (cy === null ? null : new GraphController(cy)), [cy]);
  const wrapper = useRef<HTMLDivElement>(null);
  const tooltip = useRef<TooltipHandle>(null);

  useCyEvents(cy, onSelect, (info) => tooltip.current?.show(info));

  useEffect(() => {
    const box = wrapper.current;
    if (controller === null || box === null) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) controller.resize(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [controller]);

  useEffect(() => (controller === null ? undefined : publishController(controller)), [controller]);
  // A layout still running when the canvas goes away would otherwise keep its worker busy.
  useEffect(() => () => controller?.layouts.cancel(), [controller]);
  const pending = useLayoutPending();

  const load = useEffectEvent(
    (target: GraphController) => void target.load(graph, { visible, selected, focus, spotlight }),
  );
  useEffect(() => {
    if (controller !== null) load(controller);
  }, [controller, graphVersion]);

  useEffect(() => controller?.show(visible), [controller, visible]);
  useEffect(
    () => controller?.highlight(selected, focus, spotlight),
    [controller, selected, focus, spotlight],
  );

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

import type { Core, ElementDefinition, StylesheetJson } from "cytoscape";
import type { CSSProperties } from "react";
import { memo, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import { GraphController } from "./controller";
import { publishController } from "./handle";
import type { TooltipHandle } from "./HoverTooltip";
import { HoverTooltip } from "./HoverTooltip";
import { isLargeGraph } from "./metrics";
import { THEMES } from "./palette";
import { LARGE_STYLESHEETS, STYLESHEETS } from "./stylesheet";
import type { GraphCanvasProps } from "./types";
import { useColorScheme } from "./useColorScheme";
import { useCyEvents } from "./useCyEvents";
import "./graph.css";

// Elements are managed imperatively by GraphController; react-cytoscapejs only ever sees this
// constant, so its own element diffing never adds or removes anything.
const NO_ELEMENTS: ElementDefinition[] = [];
const FILL: CSSProperties = { width: "100%", height: "100%" };

interface CyMountProps {
  stylesheet: StylesheetJson;
  onCy: (cy: Core) => void;
}

// Memoised on stable props, so GraphCanvas re-renders never reach react-cytoscapejs (each of its
// updates re-diffs every prop and calls `cy` again). No `layout` prop: layouts run on demand.
const CyMount = memo(function CyMount({ stylesheet, onCy }: CyMountProps) {
  return (
    <CytoscapeComponent
      elements={NO_ELEMENTS}
      stylesheet={stylesheet}
      cy={onCy}
      style={FILL}
      minZoom={0.1}
      maxZoom={4}
      boxSelectionEnabled={false}
      autounselectify
    />
  );
});

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
  const stylesheets = isLargeGraph(graph) ? LARGE_STYLESHEETS : STYLESHEETS;
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

  const load = useEffectEvent((target: GraphController) =>
    target.load(graph, { visible, selected, focus, spotlight }),
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
      className="graph-canvas"
      role="group"
      aria-label="Relationship graph"
      style={{ background: THEMES[scheme].background }}
    >
      <CyMount stylesheet={stylesheets[scheme]} onCy={setCy} />
      <HoverTooltip ref={tooltip} />
    </div>
  );
}

import type { Core, ElementDefinition, StylesheetJson } from "cytoscape";
import type { CSSProperties } from "react";
import { memo } from "react";
import CytoscapeComponent from "react-cytoscapejs";

// Elements are managed imperatively by GraphController; react-cytoscapejs only ever sees this
// constant, so its own element diffing never adds or removes anything.
const NO_ELEMENTS: ElementDefinition[] = [];
const FILL: CSSProperties = { width: "100%", height: "100%" };

export interface CyMountProps {
  stylesheet: StylesheetJson;
  onCy: (cy: Core) => void;
}

// Memoised on stable props, so GraphCanvas re-renders never reach react-cytoscapejs (each of its
// updates re-diffs every prop and calls `cy` again). No `layout` prop: layouts run on demand.
export const CyMount = memo(function CyMount({ stylesheet, onCy }: CyMountProps) {
  return (
    <CytoscapeComponent
      elements={NO_ELEMENTS}
      stylesheet={stylesheet}
      cy={onCy}
      style={FILL}
      minZoom={0.02}
      maxZoom={4}
      boxSelectionEnabled={false}
      autounselectify
    />
  );
});

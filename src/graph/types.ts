import type { Graph } from "../domain/model/types";
import type { VisibleSet } from "../domain/view";

export type { VisibleSet };

export interface GraphCanvasProps {
  graph: Graph;
  /** Bumped when a new graph is loaded: the only thing that rebuilds elements and re-runs the layout. */
  graphVersion: number;
  /** What the current timeline step and filters show; `past` ids are drawn faded and marked. */
  visible: VisibleSet;
  /** Selected node or edge id. */
  selected: string | null;
  /** Extra emphasis, e.g. search matches. */
  focus?: ReadonlySet<string>;
  /** Fade everything outside `focus` (and the selection's neighbourhood): a story step, a route. */
  spotlight?: boolean;
  /** A node or edge id when one is clicked; null for a click on the background. */
  onSelect: (id: string | null) => void;
}

import type { ChangeTag } from "../domain/analysis";
import type { Graph } from "../domain/model/types";
import type { VisibleSet } from "../domain/view";

export type { VisibleSet };

export interface GraphCanvasProps {
  /**
   * Applied in place when it changes: only added, changed and removed elements are touched. A
   * graph sharing less than half its nodes with the drawing is laid out anew.
   */
  graph: Graph;
  /** What the current timeline step and filters show; `past` ids are drawn faded and marked. */
  visible: VisibleSet;
  /** Selected node or edge id. */
  selected: string | null;
  /** Extra emphasis, e.g. search matches. */
  focus?: ReadonlySet<string>;
  /** Fade everything outside `focus` (and the selection's neighbourhood): a story step, a route. */
  spotlight?: boolean;
  /** Relationships marked by how they changed (the Changes tab), drawn on their pair's line. */
  changeMarks?: ReadonlyMap<string, ChangeTag> | null;
  /** A node or edge id when one is clicked; null for a click on the background. */
  onSelect: (id: string | null) => void;
}

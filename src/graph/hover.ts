import type { SingularElementArgument } from "cytoscape";
import { KIND_LABELS } from "../domain/model/labels";
import type { NodeKind, Stance } from "../domain/model/types";
import { STANCE_LABEL } from "./palette";

/** What the hover tooltip shows, at a point relative to the canvas. */
export interface HoverInfo {
  title: string;
  detail: string;
  x: number;
  y: number;
}

/** The tooltip's text for a node or an edge. */
export function describe(ele: SingularElementArgument): Pick<HoverInfo, "title" | "detail"> {
  if (ele.isNode()) {
    return { title: ele.data("label"), detail: KIND_LABELS[ele.data("kind") as NodeKind] };
  }
  const ends = `${ele.source().data("label")} → ${ele.target().data("label")}`;
  return {
    title: ele.data("relation"),
    detail: `${STANCE_LABEL[ele.data("stance") as Stance]} · ${ends}`,
  };
}

import type { Core, EventObject, SingularElementArgument } from "cytoscape";
import { useEffect, useEffectEvent } from "react";
import { KIND_LABELS } from "../domain/model/labels";
import type { NodeKind, Stance } from "../domain/model/types";
import { idOf } from "./elements";
import { STANCE_LABEL } from "./palette";

/** What the hover tooltip shows, at a point relative to the canvas. */
export interface HoverInfo {
  title: string;
  detail: string;
  x: number;
  y: number;
}

function describe(ele: SingularElementArgument): Pick<HoverInfo, "title" | "detail"> {
  if (ele.isNode()) {
    return { title: ele.data("label"), detail: KIND_LABELS[ele.data("kind") as NodeKind] };
  }
  const ends = `${ele.source().data("label")} → ${ele.target().data("label")}`;
  return {
    title: ele.data("relation"),
    detail: `${STANCE_LABEL[ele.data("stance") as Stance]} · ${ends}`,
  };
}

/**
 * Registers the canvas's pointer handlers once per Cytoscape instance. The handlers go through
 * effect events, so they always call the latest `onSelect` / `onHover` without re-registering.
 */
export function useCyEvents(
  cy: Core | null,
  onSelect: (id: string | null) => void,
  onHover: (info: HoverInfo | null) => void,
): void {
  const select = useEffectEvent((id: string | null) => onSelect(id));
  const hover = useEffectEvent((info: HoverInfo | null) => onHover(info));

  useEffect(() => {
    if (cy === null) return;
    const tapElement = (event: EventObject) => select(idOf(event.target));
    const tapBackground = (event: EventObject) => {
      if (event.target === cy) select(null);
    };
    const over = (event: EventObject) => {
      const { x, y } = event.renderedPosition;
      hover({ ...describe(event.target), x, y });
    };
    const out = () => hover(null);

    cy.on("tap", "node, edge", tapElement);
    cy.on("tap", tapBackground);
    cy.on("mouseover", "node, edge", over);
    cy.on("mouseout", "node, edge", out);
    cy.on("viewport", out);
    return () => {
      // react-cytoscapejs destroys its instance on unmount before effects are cleaned up.
      if (cy.destroyed()) return;
      cy.off("tap", "node, edge", tapElement);
      cy.off("tap", tapBackground);
      cy.off("mouseover", "node, edge", over);
      cy.off("mouseout", "node, edge", out);
      cy.off("viewport", out);
    };
  }, [cy]);
}

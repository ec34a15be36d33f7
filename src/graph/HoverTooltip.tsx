import type { Ref } from "react";
import { useImperativeHandle, useState } from "react";
import type { HoverInfo } from "./hover";

export interface TooltipHandle {
  show(info: HoverInfo | null): void;
}

/** Owns the hover state itself, so hovering re-renders only this box and never the canvas. */
export function HoverTooltip({ ref }: { ref: Ref<TooltipHandle> }) {
  const [info, setInfo] = useState<HoverInfo | null>(null);
  useImperativeHandle(ref, () => ({ show: setInfo }), []);
  if (info === null) return null;
  return (
    <div role="tooltip" className="graph-tooltip" style={{ left: info.x, top: info.y }}>
      <span className="graph-tooltip__title">{info.title}</span>
      <span className="graph-tooltip__detail">{info.detail}</span>
    </div>
  );
}

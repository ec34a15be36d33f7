import { ZOOM_STEP } from "./controller";
import { useGraphController, useLayoutPending } from "./context";
import "./graph.css";

/** View buttons for the mounted GraphCanvas; disabled while none is mounted. */
export function GraphControls() {
  const controller = useGraphController();
  const disabled = controller === null;
  const pending = useLayoutPending();
  return (
    <div className="graph-controls" role="group" aria-label="Graph view" data-over-canvas="">
      <button type="button" disabled={disabled} onClick={() => controller?.fit()}>
        Fit
      </button>
      <button type="button" disabled={disabled} onClick={() => controller?.zoomBy(ZOOM_STEP)}>
        Zoom in
      </button>
      <button type="button" disabled={disabled} onClick={() => controller?.zoomBy(1 / ZOOM_STEP)}>
        Zoom out
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-busy={pending !== null}
        onClick={() => void controller?.relayout()}
      >
        Re-layout
      </button>
    </div>
  );
}

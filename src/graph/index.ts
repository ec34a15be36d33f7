// The canvas's public entry: components and the app import from here, not from its files.
export { GraphCanvas } from "./GraphCanvas";
export { GraphControls } from "./GraphControls";
export { Legend } from "./Legend";
export { GraphProvider, useGraphController, useGraphSlot, useLayoutPending } from "./context";
export { GraphSlot } from "./slot";
export type { GraphController, CanvasEvents, ViewInput } from "./controller";
export { FIT_PADDING, MAX_FIT_ZOOM, PNG_SCALE, ZOOM_STEP } from "./controller";
export type { PendingLayout } from "./layoutRequests";
export type { GraphCanvasProps } from "./types";
export { THEMES } from "./palette";
export { graphScale } from "./metrics";
export { useColorScheme } from "./useColorScheme";
export { LineSample } from "./LineSample";
export { STANCE_LINE } from "./palette";
// The PNG caption loads when a PNG is exported, not with the app.
export const loadCaption = () => import("./caption");
export { CHANGE_MARK } from "./changeMarks";
export { ChangeMarkSample } from "./ChangeMarkSample";

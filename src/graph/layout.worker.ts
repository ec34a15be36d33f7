// Lays graphs out off the main thread: a big graph's layout takes seconds (fcose, or d3-force
// from D3_FORCE_NODES nodes on), during which the page must keep answering. Cytoscape runs
// headless here, so it needs no DOM.
import type { LayoutInput } from "./layoutTypes";
import { solveLayout } from "./solveLayout";

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  self.postMessage(solveLayout(event.data));
};

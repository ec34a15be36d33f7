// Runs fcose off the main thread: a big graph's layout takes seconds, during which the page must
// keep answering. Cytoscape runs headless here, so it needs no DOM.
import type { LayoutInput } from "../graph/layout";
import { solveLayout } from "../graph/solveLayout";

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  self.postMessage(solveLayout(event.data));
};

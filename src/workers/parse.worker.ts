// Parses big graph files off the main thread, so a 15 MB file does not freeze the page.
// Map survives structured cloning, so the graph arrives with its nodeById and edgeById intact.
import { handOver, parseStep } from "./parseStep";
import type { ParseRequest } from "./parseStep";

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  self.postMessage(handOver(parseStep(event.data)));
};

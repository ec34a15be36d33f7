import { DETAILS_PANE_ID } from "../components/analysis/AnalysisArea";
import { useEntente } from "../state";
import { GRAPH_PANE_ID } from "./GraphPane";

export const CONTROLS_ID = "lists";

/**
 * The first stops in the tab order, ahead of the file toolbar. Each lands on a pane that is always
 * on show; "Skip to details" also opens the Details tab, which shows the selection or the passage.
 */
export function SkipLinks() {
  const setTab = useEntente((s) => s.setTab);
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a href={`#${GRAPH_PANE_ID}`}>Skip to graph</a>
      <a href={`#${DETAILS_PANE_ID}`} onClick={() => setTab("details")}>
        Skip to details
      </a>
      <a href={`#${CONTROLS_ID}`}>Skip to filters and lists</a>
    </nav>
  );
}

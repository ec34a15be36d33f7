import { FilterPanel } from "../components/filters/FilterPanel";
import { AnalysisArea } from "../components/analysis/AnalysisArea";
import { CertaintyFilter } from "../components/claims/CertaintyFilter";
import { DETAILS_PANEL_ID } from "../components/details/DetailsPanel";
import { EntityList } from "../components/lists/EntityList";
import { RelationshipList } from "../components/lists/RelationshipList";
import { SourcePanel } from "../components/source/SourcePanel";
import { TimelinePanel } from "../components/timeline/TimelinePanel";
import { StoreProvider } from "../state";
import type { EntenteStore } from "../state";
import { AppHeader } from "./AppHeader";
import { GRAPH_PANE_ID, GraphPane } from "./GraphPane";
import { useRevealDetails } from "./useRevealDetails";
import { useUrlSync } from "./useUrlSync";

const CONTROLS_ID = "lists";

/**
 * The explorer's panes in reading order (the phone layout's order): the graph and its timeline,
 * details, then search, filters and lists, then the article with its story. The desktop grid
 * moves the controls to the left column; skip links keep each one key press away.
 */
export function Explorer({ store }: { store: EntenteStore }) {
  useUrlSync(store);
  useRevealDetails(store);
  return (
    <StoreProvider store={store}>
      <div className="app">
        <nav className="skip-links" aria-label="Skip links">
          <a href={`#${GRAPH_PANE_ID}`}>Skip to graph</a>
          <a href={`#${DETAILS_PANEL_ID}`}>Skip to details</a>
          <a href={`#${CONTROLS_ID}`}>Skip to filters and lists</a>
        </nav>
        <AppHeader />
        <main className="app-main">
          <GraphPane />
          <section className="pane timeline-pane" aria-label="Timeline">
            <TimelinePanel />
          </section>
          <AnalysisArea />
          <section
            id={CONTROLS_ID}
            className="pane controls-pane"
            aria-label="Filters and lists"
            tabIndex={-1}
          >
            <FilterPanel />
            <CertaintyFilter />
            <EntityList />
            <RelationshipList />
          </section>
          <SourcePanel />
        </main>
      </div>
    </StoreProvider>
  );
}

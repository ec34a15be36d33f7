import { FilterPanel } from "../components/filters/FilterPanel";
import { AnalysisArea } from "../components/analysis/AnalysisArea";
import { CertaintyFilter } from "../components/claims/CertaintyFilter";
import { EntityList } from "../components/lists/EntityList";
import { RelationshipList } from "../components/lists/RelationshipList";
import { SourcePanel } from "../components/source/SourcePanel";
import { TimelinePanel } from "../components/timeline/TimelinePanel";
import { StoreProvider } from "../state";
import type { EntenteStore } from "../state";
import { AppHeader } from "./AppHeader";
import { GraphPane } from "./GraphPane";
import { CONTROLS_ID } from "./SkipLinks";
import { useRevealDetails } from "./useRevealDetails";
import { useUrlSync } from "./useUrlSync";

/**
 * The explorer's panes in reading order (the phone layout's order): the graph and its timeline,
 * details, then search, filters and lists, then the article with its story. The desktop grid
 * moves the controls to the left column; skip links (in OpenShell, ahead of the toolbar) keep
 * each one key press away.
 */
export function Explorer({ store }: { store: EntenteStore }) {
  useUrlSync(store);
  useRevealDetails(store);
  return (
    <StoreProvider store={store}>
      <div className="app">
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

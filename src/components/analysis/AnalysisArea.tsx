import { Fragment, Suspense, useEffect, useState } from "react";
import type { ReactNode } from "react";
import { useShallow } from "zustand/react/shallow";
import { ANALYSIS_TABS, useEntente } from "../../state";
import type { AnalysisTab, EntenteState } from "../../state";
import { DetailsPanel, preloadDetails } from "../details/DetailsPanel";
import { lazyComponent } from "../lazyComponent";
import { whenIdle } from "../whenIdle";
import { AnalysisTabs, panelId, tabId } from "./AnalysisTabs";
import "./analysis.css";

// Off the first download (issue 14's 250 KB budget): each loads when its tab (or a story) opens,
// and all of them once the first picture is drawn and the page is idle (preloadPanels).
const connections = lazyComponent(() =>
  import("../connections/ConnectionsPanel").then((m) => m.ConnectionsPanel),
);
const changes = lazyComponent(() => import("../changes/ChangesPanel").then((m) => m.ChangesPanel));
const claims = lazyComponent(() => import("../claims/ClaimsPanel").then((m) => m.ClaimsPanel));
const story = lazyComponent(() => import("../story/StoryPanel").then((m) => m.StoryPanel));
const passage = lazyComponent(() =>
  import("../story/PassageDetails").then((m) => m.PassageDetails),
);
const ConnectionsPanel = connections.Component;
const ChangesPanel = changes.Component;
const ClaimsPanel = claims.Component;
const StoryPanel = story.Component;
const PassageDetails = passage.Component;

/** Fetches the panels behind the tabs, so a tab opened later shows at once. */
export function preloadPanels(): Promise<unknown> {
  const panels = [connections, changes, claims, story, passage].map((panel) => panel.preload());
  return Promise.all([...panels, preloadDetails()]);
}

const loading = (
  <p role="status" className="details-muted">
    Loading…
  </p>
);

/**
 * The analysis pane, where "Skip to details" lands and what a selection brings into view: always
 * on show, whichever tab is open and whether Details shows an element or a picked passage.
 */
export const DETAILS_PANE_ID = "details";

const selectArea = (s: EntenteState) => ({
  tab: s.tab,
  setTab: s.setTab,
  passage: s.passage !== null,
  story: s.view.story !== null,
  graphVersion: s.graphVersion,
});

/**
 * The column beside the graph: the story step while reading the story, then the analysis tabs:
 * Details (or the picked passage), Connections, Changes and Claims. A panel is built the first
 * time its tab opens and then kept, so its choices survive a look at another tab.
 */
export function AnalysisArea() {
  const { tab, setTab, passage, story, graphVersion } = useEntente(useShallow(selectArea));
  const [opened, setOpened] = useState<readonly AnalysisTab[]>([tab]);
  useEffect(() => whenIdle(() => void preloadPanels()), []);
  if (!opened.includes(tab)) setOpened([...opened, tab]);

  const panels: Record<AnalysisTab, (active: boolean) => ReactNode> = {
    details: () => (passage ? <PassageDetails /> : <DetailsPanel />),
    connections: (active) => <ConnectionsPanel active={active} />,
    changes: (active) => <ChangesPanel active={active} />,
    claims: () => <ClaimsPanel />,
  };
  return (
    <div className="analysis-column">
      {story && (
        <Suspense fallback={loading}>
          <StoryPanel />
        </Suspense>
      )}
      <div id={DETAILS_PANE_ID} className="pane analysis" tabIndex={-1}>
        <div className="analysis-bar">
          <AnalysisTabs current={tab} onChange={setTab} />
        </div>
        {ANALYSIS_TABS.map((t) => (
          <div
            key={t}
            role="tabpanel"
            id={panelId(t)}
            aria-labelledby={tabId(t)}
            className="analysis-panel"
            hidden={t !== tab}
          >
            {/* Keyed by graph: a new graph starts every panel afresh. */}
            {opened.includes(t) && (
              <Suspense fallback={loading}>
                <Fragment key={graphVersion}>{panels[t](t === tab)}</Fragment>
              </Suspense>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

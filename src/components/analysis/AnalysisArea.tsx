import { Fragment, useState } from "react";
import type { ReactNode } from "react";
import { useShallow } from "zustand/react/shallow";
import { ANALYSIS_TABS, useEntente } from "../../state";
import type { AnalysisTab, EntenteState } from "../../state";
import { ChangesPanel } from "../changes/ChangesPanel";
import { ClaimsPanel } from "../claims/ClaimsPanel";
import { ConnectionsPanel } from "../connections/ConnectionsPanel";
import { DetailsPanel } from "../details/DetailsPanel";
import { PassageDetails } from "../story/PassageDetails";
import { StoryPanel } from "../story/StoryPanel";
import { AnalysisTabs, panelId, tabId } from "./AnalysisTabs";
import "./analysis.css";

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
  if (!opened.includes(tab)) setOpened([...opened, tab]);

  const panels: Record<AnalysisTab, (active: boolean) => ReactNode> = {
    details: () => (passage ? <PassageDetails /> : <DetailsPanel />),
    connections: (active) => <ConnectionsPanel active={active} />,
    changes: (active) => <ChangesPanel active={active} />,
    claims: () => <ClaimsPanel />,
  };
  return (
    <div className="analysis-column">
      {story && <StoryPanel />}
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
            {opened.includes(t) && <Fragment key={graphVersion}>{panels[t](t === tab)}</Fragment>}
          </div>
        ))}
      </div>
    </div>
  );
}

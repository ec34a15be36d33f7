import { useRef } from "react";
import type { KeyboardEvent } from "react";
import { ANALYSIS_TABS } from "../../state";
import type { AnalysisTab } from "../../state";

export const TAB_LABELS: Record<AnalysisTab, string> = {
  details: "Details",
  connections: "Connections",
  changes: "Changes",
  claims: "Claims",
};

export const tabId = (tab: AnalysisTab) => `analysis-tab-${tab}`;
export const panelId = (tab: AnalysisTab) => `analysis-panel-${tab}`;

/** Where an arrow, Home or End key moves from tab `index`; null for other keys. */
function keyTarget(key: string, index: number): number | null {
  const last = ANALYSIS_TABS.length - 1;
  if (key === "ArrowRight") return index === last ? 0 : index + 1;
  if (key === "ArrowLeft") return index === 0 ? last : index - 1;
  if (key === "Home") return 0;
  if (key === "End") return last;
  return null;
}

interface Props {
  current: AnalysisTab;
  onChange: (tab: AnalysisTab) => void;
}

/**
 * The ARIA tabs pattern with automatic activation: one tab stop, arrows (wrapping), Home and End
 * move between tabs and open them.
 */
export function AnalysisTabs({ current, onChange }: Props) {
  const buttons = useRef(new Map<AnalysisTab, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const target = keyTarget(event.key, ANALYSIS_TABS.indexOf(current));
    const tab = target === null ? undefined : ANALYSIS_TABS[target];
    if (!tab) return;
    event.preventDefault();
    onChange(tab);
    buttons.current.get(tab)?.focus();
  };
  return (
    <div role="tablist" aria-label="Analysis" className="analysis-tabs" onKeyDown={onKeyDown}>
      {ANALYSIS_TABS.map((tab) => (
        <button
          key={tab}
          ref={(button) => {
            if (button) buttons.current.set(tab, button);
            else buttons.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          className="analysis-tab"
          aria-selected={tab === current}
          aria-controls={panelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onChange(tab)}
        >
          {TAB_LABELS[tab]}
        </button>
      ))}
    </div>
  );
}

import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { STANCE_LABELS } from "../../domain/model/labels";
import { STANCES } from "../../domain/model/types";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { StanceSample } from "./StanceSample";

const selectStances = (s: EntenteState) => ({
  graph: s.graph,
  hidden: s.view.hiddenStances,
  toggle: s.toggleStance,
});

/** A checkbox per stance the graph uses, each beside the line style the canvas draws it with. */
export function StanceFilters() {
  const { graph, hidden, toggle } = useEntente(useShallow(selectStances));
  const stances = useMemo(
    () => STANCES.filter((stance) => graph.edges.some((edge) => edge.stance === stance)),
    [graph],
  );
  if (stances.length === 0) return null;
  return (
    <fieldset className="filters-group">
      <legend className="filters-label">Stances</legend>
      {stances.map((stance) => (
        <label key={stance} className="filters-option">
          <input
            type="checkbox"
            checked={!hidden.includes(stance)}
            onChange={() => toggle(stance)}
          />
          <StanceSample stance={stance} />
          <span className="filters-stance">{STANCE_LABELS[stance]}</span>
        </label>
      ))}
    </fieldset>
  );
}

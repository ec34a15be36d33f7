import { useId } from "react";
import { useShallow } from "zustand/react/shallow";
import { CERTAINTY_LEVELS } from "../../domain/view";
import type { CertaintyLevel } from "../../domain/view";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import "../filters/filters.css";
import "./claims.css";

const LABELS: Record<CertaintyLevel, string> = {
  confirmed: "Confirmed only",
  reported: "Confirmed and reported",
  all: "Everything (incl. speculation)",
};

const selectCertainty = (s: EntenteState) => ({
  level: s.view.certainty,
  setCertainty: s.setCertainty,
});

/**
 * How sure the source must be for a relationship to be drawn and listed. A relationship counts
 * as sure as its surest quote; quotes that state no certainty are the article's own voice.
 */
export function CertaintyFilter() {
  const { level, setCertainty } = useEntente(useShallow(selectCertainty));
  const name = useId();
  return (
    <div className="filters">
      <fieldset className="filters-group certainty-filter">
        <legend className="filters-label">Certainty</legend>
        {CERTAINTY_LEVELS.map((option) => (
          <label key={option} className="filters-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={level === option}
              onChange={() => setCertainty(option)}
            />
            <span>{LABELS[option]}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

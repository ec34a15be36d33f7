import { useShallow } from "zustand/react/shallow";
import { CERTAINTY_LEVELS } from "../../domain/view";
import type { CertaintyLevel } from "../../domain/view";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { RadioFilter } from "../filters/RadioFilter";
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
  return (
    <div className="filters">
      <RadioFilter
        legend="Certainty"
        className="certainty-filter"
        options={CERTAINTY_LEVELS}
        labels={LABELS}
        value={level}
        onChange={setCertainty}
      />
    </div>
  );
}

import { useId } from "react";
import type { CertaintyValue } from "../../domain/view";

export const CLAIM_CERTAINTIES: readonly CertaintyValue[] = [
  "confirmed",
  "reported",
  "speculative",
  "unspecified",
];

const LABELS: Record<CertaintyValue, string> = {
  confirmed: "Confirmed",
  reported: "Reported",
  speculative: "Speculative",
  unspecified: "Unspecified",
};

interface Props {
  text: string;
  onText: (text: string) => void;
  checked: readonly CertaintyValue[];
  onToggle: (certainty: CertaintyValue) => void;
  /** Rows per certainty before filtering, shown beside each box. */
  counts: Record<CertaintyValue, number>;
}

/** A text filter over quote, relationship and attribution, and a checkbox per certainty. */
export function ClaimFilters({ text, onText, checked, onToggle, counts }: Props) {
  const id = useId();
  return (
    <div className="claims-filters">
      <div className="claims-search">
        <label htmlFor={id}>Filter claims</label>
        <input
          id={id}
          type="search"
          value={text}
          placeholder="Words in a quote, name or source"
          onChange={(event) => onText(event.currentTarget.value)}
        />
      </div>
      <fieldset className="claims-certainties">
        <legend>Certainty</legend>
        {/* A certainty no quote here has would only be noise; one switched off stays to switch back. */}
        {CLAIM_CERTAINTIES.filter((c) => counts[c] > 0 || !checked.includes(c)).map((certainty) => (
          <label key={certainty} className="claims-check">
            <input
              type="checkbox"
              checked={checked.includes(certainty)}
              onChange={() => onToggle(certainty)}
            />
            {LABELS[certainty]} <span className="claims-check-count">({counts[certainty]})</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

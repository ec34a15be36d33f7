import { CERTAINTY_LABELS } from "../../domain/model/labels";
import type { CertaintyValue } from "../../domain/view";
import "../details/details.css";

/** The certainty of a quote as Details shows it; "Unspecified" when the file gives none. */
export function CertaintyBadge({ certainty }: { certainty: CertaintyValue }) {
  if (certainty === "unspecified")
    return <span className="badge badge--unspecified">Unspecified</span>;
  return <span className={`badge badge--${certainty}`}>{CERTAINTY_LABELS[certainty]}</span>;
}

/** Marks a quote that could not be found in the article. */
export function UnverifiedBadge() {
  return (
    <span
      className="badge badge--unverified"
      title="This quote could not be found in the article text."
    >
      Unverified
    </span>
  );
}

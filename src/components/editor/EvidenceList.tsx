import type { DraftEvidence } from "../../domain/edit/types";

/** The quotes of one entity or relationship, each removable. */
export function EvidenceList({
  owner,
  evidence,
  onRemove,
}: {
  owner: string;
  evidence: readonly DraftEvidence[];
  onRemove: (index: number) => void;
}) {
  return (
    <ol className="editor-evidence">
      {evidence.map((e, i) => (
        <li key={`${i}:${e.quote}`}>
          <q>{e.quote}</q>
          {(e.certainty || e.attribution) && (
            <span className="editor-meta">
              {" "}
              {[e.certainty, e.attribution && `per ${e.attribution}`].filter(Boolean).join(", ")}
            </span>
          )}
          <button
            type="button"
            className="editor-link-button"
            aria-label={`Remove quote ${i + 1} of ${owner}`}
            onClick={() => onRemove(i)}
          >
            Remove quote
          </button>
        </li>
      ))}
    </ol>
  );
}

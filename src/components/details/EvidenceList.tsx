import { NoSourceBadge } from "../lists/NoSourceBadge";
import { CERTAINTY_LABELS } from "../../domain/model/labels";
import type { Evidence } from "../../domain/model/types";
import { revealQuote } from "../source/reveal";

/** Every quote behind an element, who said it and how sure the reporting is. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  if (evidence.length === 0) {
    return (
      <p className="details-muted">
        <NoSourceBadge /> No quote supports this yet: it came from another tool&apos;s file, or was
        added without a source.
      </p>
    );
  }
  return (
    <ol className="evidence-list">
      {evidence.map((item, index) => (
        <li key={index} className="evidence">
          <figure>
            <blockquote
              className={item.anchor ? "evidence-quote evidence-quote--linked" : "evidence-quote"}
              // Mouse shortcut only: the "Show in article" button below is the keyboard path.
              onClick={item.anchor ? () => revealQuote(index) : undefined}
            >
              <p>{item.quote}</p>
            </blockquote>
            <figcaption className="evidence-caption">
              {item.attribution && <span>— according to {item.attribution}</span>}
              <span className="evidence-badges">
                {item.certainty && (
                  <span className={`badge badge--${item.certainty}`}>
                    {CERTAINTY_LABELS[item.certainty]}
                  </span>
                )}
                {item.anchor === null && (
                  <span
                    className="badge badge--unverified"
                    title="This quote could not be found in the article text."
                  >
                    Unverified
                  </span>
                )}
              </span>
              {item.anchor && (
                <button type="button" className="link-button" onClick={() => revealQuote(index)}>
                  Show in article
                </button>
              )}
            </figcaption>
          </figure>
        </li>
      ))}
    </ol>
  );
}

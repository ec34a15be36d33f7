import { useId } from "react";
import type { ChangeTag } from "../../domain/analysis";
import { CHANGE_MARK } from "../../graph";

const MEANING: Record<ChangeTag, string> = {
  warmed: "moved towards alliance",
  soured: "moved towards rivalry",
  shifted: "changed otherwise",
  began: "a new relationship",
  ended: "the relationship ended",
};

/**
 * What each mark means, for the kinds on show: the same sign tags the list and labels the line on
 * the graph (with a matching marker mid-line), so the kinds read without colour.
 */
export function ChangeKey({ tags }: { tags: readonly ChangeTag[] }) {
  const title = useId();
  return (
    <div className="change-key">
      <h3 className="change-key-title" id={title}>
        Key (list and graph)
      </h3>
      <ul className="change-key-list" aria-labelledby={title}>
        {tags.map((tag) => (
          <li key={tag} className="change-key-item">
            <span className={`change-tag change-tag--${tag}`} aria-hidden="true">
              <span className="change-glyph">{CHANGE_MARK[tag].glyph}</span> {tag}
            </span>
            <span>{MEANING[tag]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useId } from "react";
import type { ChangeTag } from "../../domain/analysis";
import { CHANGE_MARK, ChangeMarkSample } from "../../graph";

const MEANING: Record<ChangeTag, string> = {
  warmed: "moved towards alliance",
  soured: "moved towards rivalry",
  shifted: "changed otherwise",
  began: "a new relationship",
  ended: "the relationship ended",
};

/**
 * What each mark means, for the kinds on show: the sign that tags the list (and labels the line
 * when the graph is zoomed in) and the marker mid-line on the graph, so kinds read without colour.
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
            <span className={`change-key-line change-key-line--${tag}`}>
              <ChangeMarkSample tag={tag} />
            </span>
            <span>{MEANING[tag]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

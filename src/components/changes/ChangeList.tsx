import { describeChange, tagOf } from "../../domain/analysis";
import type { Change } from "../../domain/analysis";
import type { Graph } from "../../domain/model/types";
import { CHANGE_MARK } from "../../graph";

// The edge to open: the relationship as it stands after, or as it last stood if it ended.
const edgeOf = (change: Change) => change.after[0] ?? change.before.at(-1);

interface Props {
  graph: Graph;
  changes: readonly Change[];
  onSelect: (id: string) => void;
}

/** Each change as a button naming both ends and what happened; activating selects the edge. */
export function ChangeList({ graph, changes, onSelect }: Props) {
  return (
    <ul className="change-list" aria-label="What changed">
      {changes.map((change) => {
        const edge = edgeOf(change);
        const tag = tagOf(change);
        return (
          <li key={change.pair.join("\u0000")}>
            <button
              type="button"
              className="change-item"
              onClick={() => edge !== undefined && onSelect(edge)}
            >
              <span className={`change-tag change-tag--${tag}`} aria-hidden="true">
                <span className="change-glyph">{CHANGE_MARK[tag].glyph}</span> {tag}
              </span>
              <span className="change-text">{describeChange(graph, change)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

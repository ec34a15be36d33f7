import type { KeyboardEvent } from "react";
import type { Segment } from "../../domain/view/segments";
import type { QuoteRef } from "./evidenceRanges";

interface Props {
  segment: Segment<QuoteRef>;
  selection: string | null;
  label: (id: string) => string;
  onSelect: (id: string) => void;
}

/**
 * One run of article text: plain, or a <mark> when it quotes the selected element. A marked run
 * that other elements quote too selects the first of them when activated.
 */
export function Passage({ segment, selection, label, onSelect }: Props) {
  const own = segment.ids.filter((ref) => ref.element === selection);
  if (own.length === 0) return segment.text;
  const other = segment.ids.find((ref) => ref.element !== selection)?.element;
  const activate = () => other !== undefined && onSelect(other);
  // A drag that selects text ends in a click too: that is read-along picking a passage.
  const onClick = () => {
    if (document.getSelection()?.isCollapsed !== false) activate();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    activate();
  };
  return (
    <mark className="source-mark" data-quotes={own.map((ref) => ref.quote).join(" ")} tabIndex={-1}>
      {other === undefined ? (
        segment.text
      ) : (
        // A span, not a <button>: buttons are inline blocks, and a sentence must wrap like text.
        <span
          role="button"
          tabIndex={0}
          className="source-passage"
          title={`Also evidence for ${label(other)}: select it`}
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          {segment.text}
        </span>
      )}
    </mark>
  );
}

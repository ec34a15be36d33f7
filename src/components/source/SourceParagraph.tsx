import { memo } from "react";
import type { Paragraph } from "../../domain/view/segments";
import type { QuoteRef } from "./evidenceRanges";
import { Passage } from "./Passage";

interface Props {
  paragraph: Paragraph<QuoteRef>;
  /** Set as a caption rather than prose (the photo credit). */
  credit: boolean;
  /** The paragraph the story step reads from: marked as a whole. */
  step: boolean;
  /** The one paragraph that takes Tab; arrow keys reach the others. */
  tabStop: boolean;
  /** Id of the hint telling keyboard users what Enter does here. */
  hintId: string;
  selection: string | null;
  label: (id: string) => string;
  onSelect: (id: string) => void;
}

/**
 * One paragraph of the article. Its `data-start`/`data-end` place it in the source text, which is
 * how read-along turns a hovered paragraph or a text selection into offsets. Focusable, so the
 * keyboard can read along too (one tab stop for the article: see useRovingParagraphs).
 */
export const SourceParagraph = memo(function SourceParagraph(props: Props) {
  const { paragraph, credit, step, tabStop, hintId, selection, label, onSelect } = props;
  const runs = paragraph.segments.map((segment) => (
    <Passage
      key={segment.start}
      segment={segment}
      selection={selection}
      label={label}
      onSelect={onSelect}
    />
  ));
  return (
    <p
      data-start={paragraph.start}
      data-end={paragraph.segments.at(-1)?.end ?? paragraph.start}
      className={credit ? "source-credit" : undefined}
      tabIndex={tabStop ? 0 : -1}
      aria-describedby={hintId}
      aria-current={step ? "step" : undefined}
    >
      {step ? <mark className="source-step">{runs}</mark> : runs}
    </p>
  );
});

import { memo, useEffect, useMemo, useRef } from "react";
import type { TextAnchor } from "../../domain/model/types";

export interface ArticleMark extends TextAnchor {
  /** "suggested" for a pending suggestion's mention, "entity" for an accepted entity's. */
  tone: "suggested" | "entity";
  title: string;
}

interface Piece {
  start: number;
  end: number;
  mark?: ArticleMark;
}

/** Paragraphs of the text cut into plain and marked pieces, each knowing its offset. */
function paragraphs(
  text: string,
  marks: readonly ArticleMark[],
): { start: number; pieces: Piece[] }[] {
  const result: { start: number; pieces: Piece[] }[] = [];
  let at = 0;
  let m = 0;
  for (const line of text.split("\n")) {
    const end = at + line.length;
    const pieces: Piece[] = [];
    let cursor = at;
    while (m < marks.length && (marks[m]?.start ?? end) < end) {
      const mark = marks[m] as ArticleMark;
      if (mark.start >= cursor) {
        if (mark.start > cursor) pieces.push({ start: cursor, end: mark.start });
        const stop = Math.min(mark.end, end);
        pieces.push({ start: mark.start, end: stop, mark });
        cursor = stop;
      }
      m++;
    }
    if (cursor < end) pieces.push({ start: cursor, end });
    result.push({ start: at, pieces });
    at = end + 1;
  }
  return result;
}

interface ParagraphProps {
  text: string;
  start: number;
  pieces: Piece[];
  /** What the pieces are, as text: an edit elsewhere leaves it, and the paragraph, unchanged. */
  signature: string;
}

const Paragraph = memo(
  function Paragraph({ text, start, pieces }: ParagraphProps) {
    return (
      <p className="editor-paragraph">
        {pieces.map((p) =>
          p.mark ? (
            <mark
              key={p.start}
              data-start={p.start}
              className={`editor-mark editor-mark--${p.mark.tone}`}
              title={p.mark.title}
            >
              {text.slice(p.start, p.end)}
            </mark>
          ) : (
            <span key={p.start} data-start={p.start}>
              {text.slice(p.start, p.end)}
            </span>
          ),
        )}
        {pieces.length === 0 && <span data-start={start} />}
      </p>
    );
  },
  (a, b) => a.text === b.text && a.start === b.start && a.signature === b.signature,
);

/** The text offset of a DOM point inside the article, from the piece's data-start. */
function offsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>("[data-start]");
  if (!piece) return null;
  const base = Number(piece.dataset.start);
  return node.nodeType === Node.TEXT_NODE
    ? base + offset
    : base + (offset > 0 ? (piece.textContent?.length ?? 0) : 0);
}

/**
 * The article with mentions marked. Selecting words in it (mouse, or Shift+arrows with caret
 * browsing) reports their offsets in the text; the Passage box beside it is the keyboard way.
 */
export const ArticleView = memo(function ArticleView({
  text,
  marks,
  onSelect,
}: {
  text: string;
  marks: readonly ArticleMark[];
  onSelect: (range: TextAnchor) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => paragraphs(text, marks), [text, marks]);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const report = () => {
      const selection = document.getSelection();
      const el = root.current;
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !el) return;
      const range = selection.getRangeAt(0);
      if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) return;
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      if (start !== null && end !== null && end > start) select.current({ start, end });
    };
    const el = root.current;
    el?.addEventListener("mouseup", report);
    el?.addEventListener("keyup", report);
    return () => {
      el?.removeEventListener("mouseup", report);
      el?.removeEventListener("keyup", report);
    };
  }, []);

  return (
    <div ref={root} className="editor-article" tabIndex={0} aria-label="Article" role="document">
      {rows.map(({ start, pieces }) => (
        <Paragraph
          key={start}
          text={text}
          start={start}
          pieces={pieces}
          signature={pieces
            .map((p) => `${p.start}:${p.end}:${p.mark?.tone ?? ""}:${p.mark?.title ?? ""}`)
            .join(",")}
        />
      ))}
    </div>
  );
});

import { memo, useEffect, useMemo, useRef } from "react";
import type { KeyboardEvent } from "react";
import { movePassage, passageMove } from "../../domain/suggest/passageKeys";
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

/** The DOM point at a text offset: inside the piece that holds it. */
function pointAt(root: HTMLElement, offset: number): [Node, number] | null {
  let found: [Node, number] | null = null;
  for (const piece of root.querySelectorAll<HTMLElement>("[data-start]")) {
    const start = Number(piece.dataset.start);
    const length = piece.textContent?.length ?? 0;
    if (start > offset) break;
    if (offset <= start + length) found = [piece.firstChild ?? piece, offset - start];
  }
  return found;
}

/** Shows a passage as the page's selection, so it is seen as a mouse selection would be. */
function showPassage(root: HTMLElement, passage: TextAnchor) {
  const from = pointAt(root, passage.start);
  const to = pointAt(root, passage.end);
  if (from && to) document.getSelection()?.setBaseAndExtent(from[0], from[1], to[0], to[1]);
}

export const ARTICLE_KEYS_HINT =
  "Keyboard: ↓ and ↑ pick the next or previous sentence, ← and → move its start by a word, Shift+← and Shift+→ its end, Shift+↓ and Shift+↑ its end by a sentence.";

/**
 * The article with mentions marked. Selecting words in it with the mouse reports their offsets in
 * the text; with the keyboard, the arrow keys pick a sentence and move its ends (`movePassage`).
 */
export const ArticleView = memo(function ArticleView({
  text,
  marks,
  passage,
  onSelect,
}: {
  text: string;
  marks: readonly ArticleMark[];
  /** The passage chosen so far, which the arrow keys move on from. */
  passage: TextAnchor | null;
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

  const onKeyDown = (event: KeyboardEvent) => {
    const move = passageMove(event.key, event.shiftKey);
    if (!move || event.ctrlKey || event.altKey || event.metaKey || !root.current) return;
    event.preventDefault();
    const next = movePassage(text, passage, move);
    if (next.end <= next.start) return;
    showPassage(root.current, next);
    onSelect(next);
  };

  return (
    <>
      <p id="editor-article-keys" className="editor-hint">
        {ARTICLE_KEYS_HINT}
      </p>
      <div
        ref={root}
        className="editor-article"
        tabIndex={0}
        aria-label="Article"
        aria-describedby="editor-article-keys"
        role="document"
        onKeyDown={onKeyDown}
      >
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
    </>
  );
});

import { useCallback, useLayoutEffect, useRef } from "react";
import type { ReactNode } from "react";
import { useEditor } from "../../state/editorContext";

export const itemAnchor = (id: string) => `editor-item-${id}`;

/** How a row takes part in picking: picked on the canvas or from a problem, or by focusing it. */
export interface Picking {
  selected: boolean;
  select: (id: string) => void;
}

/** Where a row sits in its windowed list (see useRowWindow); plain numbers, so memoised rows keep. */
export interface Placed {
  index: number;
  /** Its top, from the list's top. */
  top: number;
  /** How many rows the list has, drawn or not, for assistive technology. */
  of: number;
  measure: (row: HTMLLIElement | null) => void;
}

/** A list row for one element of the draft: focusable as a link's target, marked when picked. */
export function ItemRow({
  id,
  selected,
  select,
  index,
  top,
  of,
  measure,
  children,
}: Picking & Placed & { id: string; children: ReactNode }) {
  const row = useRef<HTMLLIElement | null>(null);
  const attach = useCallback(
    (li: HTMLLIElement | null) => {
      row.current = li;
      measure(li);
    },
    [measure],
  );
  const revealing = useEditor((s) => s.reveal === id);
  const revealed = useEditor((s) => s.revealed);
  useLayoutEffect(() => {
    if (!revealing) return;
    row.current?.focus();
    revealed();
  }, [revealing, revealed]);
  return (
    <li
      id={itemAnchor(id)}
      ref={attach}
      data-index={index}
      aria-setsize={of}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${top}px)` }}
      tabIndex={-1}
      className={selected ? "editor-item editor-item--selected" : "editor-item"}
      aria-current={selected || undefined}
      onFocus={() => select(id)}
    >
      {children}
    </li>
  );
}

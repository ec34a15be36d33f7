import type { ReactNode } from "react";

export const itemAnchor = (id: string) => `editor-item-${id}`;

/** How a row takes part in picking: picked on the canvas or from a problem, or by focusing it. */
export interface Picking {
  selected: boolean;
  select: (id: string) => void;
}

/** A list row for one element of the draft: focusable as a link's target, marked when picked. */
export function ItemRow({
  id,
  selected,
  select,
  children,
}: Picking & { id: string; children: ReactNode }) {
  return (
    <li
      id={itemAnchor(id)}
      tabIndex={-1}
      className={selected ? "editor-item editor-item--selected" : "editor-item"}
      aria-current={selected || undefined}
      onFocus={() => select(id)}
    >
      {children}
    </li>
  );
}

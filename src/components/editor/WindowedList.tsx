import { useMemo, useRef } from "react";
import type { ReactNode } from "react";
import type { Placed } from "./ItemRow";
import { useRowWindow } from "./useRowWindow";

/**
 * A list of the draft's elements that draws only the rows in view (see useRowWindow): `row`
 * renders the item at an index, given where it goes, and keys it by the item's id.
 */
export function WindowedList<T extends { id: string }>({
  label,
  items,
  row,
}: {
  label: string;
  items: readonly T[];
  row: (item: T, place: Placed) => ReactNode;
}) {
  const list = useRef<HTMLUListElement>(null);
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const { rows, offset } = useRowWindow(ids, list);
  return (
    <ul
      ref={list}
      aria-label={label}
      className="editor-items editor-items--windowed"
      style={{ height: rows.getTotalSize() }}
    >
      {rows.getVirtualItems().map(({ index, start }) => {
        const item = items[index];
        return (
          item &&
          row(item, { index, top: start - offset, of: ids.length, measure: rows.measureElement })
        );
      })}
    </ul>
  );
}

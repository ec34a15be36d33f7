import { useEffect } from "react";
import type { ChangeTag } from "../../domain/analysis";
import { useEntenteStore } from "../../state";

/**
 * Points the graph at `ids` while this panel is the open tab (a route, a set of changes); the
 * emphasis goes when the panel is left, unmounted or has nothing to show.
 */
export function usePublishEmphasis(
  active: boolean,
  ids: ReadonlySet<string> | null,
  marks: ReadonlyMap<string, ChangeTag> | null = null,
): void {
  const store = useEntenteStore();
  useEffect(() => {
    if (!active || ids === null) return;
    store.getState().setEmphasis(ids);
    store.getState().setChangeMarks(marks);
    return () => {
      store.getState().setEmphasis(null);
      store.getState().setChangeMarks(null);
    };
  }, [store, active, ids, marks]);
}

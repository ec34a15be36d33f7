import { useEffect } from "react";
import { useEntenteStore } from "../../state";

/**
 * Points the graph at `ids` while this panel is the open tab (a route, a set of changes); the
 * emphasis goes when the panel is left, unmounted or has nothing to show.
 */
export function usePublishEmphasis(active: boolean, ids: ReadonlySet<string> | null): void {
  const store = useEntenteStore();
  useEffect(() => {
    if (!active || ids === null) return;
    store.getState().setEmphasis(ids);
    return () => store.getState().setEmphasis(null);
  }, [store, active, ids]);
}

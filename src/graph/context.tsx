import { createContext, useContext, useState, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import type { GraphController } from "./controller";
import type { PendingLayout } from "./layoutRequests";
import { GraphSlot } from "./slot";

const SlotContext = createContext<GraphSlot | null>(null);

/** Lets a GraphCanvas below publish its controller to the controls and menus beside it. */
export function GraphProvider({ slot, children }: { slot?: GraphSlot; children: ReactNode }) {
  const [own] = useState(() => slot ?? new GraphSlot());
  return <SlotContext.Provider value={own}>{children}</SlotContext.Provider>;
}

/** The provider's slot, or null outside one (a canvas alone then publishes nowhere). */
export const useGraphSlot = (): GraphSlot | null => useContext(SlotContext);

const NO_SUBSCRIPTION = () => () => {};

/** The mounted canvas's controller, or null while none is mounted. */
export function useGraphController(): GraphController | null {
  const slot = useGraphSlot();
  return useSyncExternalStore(
    slot?.subscribe ?? NO_SUBSCRIPTION,
    () => slot?.current ?? null,
    () => null,
  );
}

/** What the mounted canvas is laying out, if anything. */
export const useLayoutPending = (): PendingLayout => usePendingOf(useGraphController());

/** What `controller` is laying out, if anything; null without a controller. */
export function usePendingOf(controller: GraphController | null): PendingLayout {
  const layouts = controller?.layouts;
  return useSyncExternalStore(
    layouts?.subscribe ?? NO_SUBSCRIPTION,
    () => layouts?.pending ?? null,
    () => null,
  );
}

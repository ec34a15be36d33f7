import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import { useStore } from "zustand";
import type { EntenteState, EntenteStore } from "./store";

const StoreContext = createContext<EntenteStore | null>(null);

export function StoreProvider({ store, children }: { store: EntenteStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useEntenteStore(): EntenteStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useEntenteStore needs a <StoreProvider> above it");
  return store;
}

/** Subscribes to one slice of the store; pass module-level selectors so renders stay cheap. */
export function useEntente<T>(selector: (state: EntenteState) => T): T {
  return useStore(useEntenteStore(), selector);
}

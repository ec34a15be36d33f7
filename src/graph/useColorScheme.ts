import { useSyncExternalStore } from "react";
import type { ColorScheme } from "./palette";

let query: MediaQueryList | null = null;
const darkQuery = (): MediaQueryList =>
  (query ??= window.matchMedia("(prefers-color-scheme: dark)"));

function subscribe(listener: () => void): () => void {
  const media = darkQuery();
  media.addEventListener("change", listener);
  return () => media.removeEventListener("change", listener);
}

/** The viewer's light or dark preference, following changes while the page is open. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(
    subscribe,
    () => (darkQuery().matches ? "dark" : "light"),
    () => "light",
  );
}

import { useEffect, useState } from "react";
import type { Suggestions } from "../../domain/suggest/types";
import { suggestInWorker } from "./suggestInWorker";

export type SuggestionStatus = "idle" | "working" | "done" | "failed";

const NONE: Suggestions = { entities: [], dates: [] };

/** Suggestions for the article, computed in a worker when the text changes. */
export function useSuggestions(
  text: string,
  published?: string,
): { status: SuggestionStatus; suggestions: Suggestions } {
  const [state, setState] = useState<{
    text: string;
    status: SuggestionStatus;
    suggestions: Suggestions;
  }>({
    text: "",
    status: "idle",
    suggestions: NONE,
  });
  // Yearless dates ("in March") are read against the article's own date when it has one.
  const today = published ?? new Date().toISOString().slice(0, 10);
  useEffect(() => {
    const abort = new AbortController();
    suggestInWorker(text, today, abort.signal).then(
      (suggestions) => setState({ text, status: "done", suggestions }),
      () => {
        if (!abort.signal.aborted) setState({ text, status: "failed", suggestions: NONE });
      },
    );
    return () => abort.abort();
  }, [text, today]);
  return state.text === text ? state : { status: "working", suggestions: NONE };
}

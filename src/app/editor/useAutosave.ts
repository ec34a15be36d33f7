import { useEffect, useRef, useState } from "react";
import type { EditorState, EditorStore } from "../../state/editor";
import { saveDraft } from "./drafts";
import type { SaveOutcome } from "./drafts";

export type SaveStatus =
  { kind: "saved" | "saving" } | { kind: "conflict" | "quota" | "unavailable"; message: string };

const saved = (s: EditorState) => ({ id: s.draftId, doc: s.history.present, session: s.session });

/**
 * Saves the draft on every change, one save at a time (the latest wins, none is skipped silently).
 * A failed save is said on screen and retried with the next change; a conflict stops saving
 * until the author chooses what to keep.
 */
export function useAutosave(store: EditorStore, initialRevision: number): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved" });
  const revision = useRef(initialRevision);
  const running = useRef<Promise<void> | null>(null);
  const queued = useRef(false);
  const stopped = useRef(false);

  useEffect(() => {
    const run = async (): Promise<void> => {
      queued.current = false;
      setStatus({ kind: "saving" });
      const outcome: SaveOutcome = await saveDraft(saved(store.getState()), revision.current);
      if (outcome.ok) {
        revision.current = outcome.revision;
        setStatus({ kind: "saved" });
      } else {
        setStatus({ kind: outcome.reason, message: outcome.message });
        if (outcome.reason === "conflict") stopped.current = true;
      }
      if (queued.current && !stopped.current) return run();
    };
    const save = () => {
      if (stopped.current) return;
      if (running.current) {
        queued.current = true;
        return;
      }
      running.current = run().finally(() => {
        running.current = null;
      });
    };
    if (initialRevision === 0) save();
    // Started at once: "Draft saved" must never show while a change is not yet on its way.
    return store.subscribe((state, previous) => {
      if (state.history.present !== previous.history.present || state.session !== previous.session)
        save();
    });
  }, [store, initialRevision]);

  return status;
}

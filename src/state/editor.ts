import { createStore } from "zustand/vanilla";
import type { StoreApi } from "zustand/vanilla";
import * as edit from "../domain/edit";
import type { Change, DraftDocument, History } from "../domain/edit";

/** What the editor keeps beside the document: which suggestions were turned down, and names. */
export interface EditorSession {
  /** Keys of suggestions the author rejected. */
  rejected: string[];
  /** Suggestion key → the key of the suggestion it was merged into. */
  merged: Record<string, string>;
  /** Other names each accepted entity goes by, for marking mentions and prefilling From/To. */
  aliases: Record<string, string[]>;
}

export interface EditorData {
  draftId: string;
  history: History;
  session: EditorSession;
  /** Why the last change was refused, in the author's words; null when it went ahead. */
  refusal: string | null;
}

export interface EditorActions {
  /** Applies a change as one undo step unless refused; returns whether it went ahead. */
  change: (change: Change) => boolean;
  undo: () => void;
  redo: () => void;
  setSession: (session: Partial<EditorSession>) => void;
  clearRefusal: () => void;
}

export type EditorState = EditorData & EditorActions;
export type EditorStore = StoreApi<EditorState>;

export const EMPTY_SESSION: EditorSession = { rejected: [], merged: {}, aliases: {} };

/** One store per open draft: each action is a thin wrapper over a pure producer in domain/edit. */
export function createEditorStore(
  draftId: string,
  doc: DraftDocument,
  session: EditorSession = EMPTY_SESSION,
): EditorStore {
  return createStore<EditorState>()((set, get) => ({
    draftId,
    history: edit.startHistory(doc),
    session,
    refusal: null,
    change: (change) => {
      const refusal = edit.refusal(get().history.present, change);
      set(refusal ? { refusal } : { history: edit.commit(get().history, change), refusal: null });
      return refusal === null;
    },
    undo: () => set({ history: edit.undo(get().history), refusal: null }),
    redo: () => set({ history: edit.redo(get().history), refusal: null }),
    setSession: (patch) => set({ session: { ...get().session, ...patch } }),
    clearRefusal: () => set({ refusal: null }),
  }));
}

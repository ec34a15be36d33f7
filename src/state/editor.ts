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
  /** The session at each step of `history.past` and `history.future`, so Undo takes back decisions too. */
  sessions: { past: EditorSession[]; future: EditorSession[] };
  /** Why the last change was refused, in the author's words; null when it went ahead. */
  refusal: string | null;
  /** The entity or relationship picked on the canvas, in a list or from a problem; not an edit. */
  selected: string | null;
  /**
   * The element whose row is to be scrolled into view and focused (a pick on the canvas or from
   * a problem): the lists draw only the rows in view, so the row may not exist yet.
   */
  reveal: string | null;
}

export interface EditorActions {
  /**
   * Applies a change as one undo step unless refused; returns whether it went ahead. A session
   * patch given with it (the names an accepted suggestion brings) is part of the same step.
   */
  change: (change: Change, session?: Partial<EditorSession>) => boolean;
  undo: () => void;
  redo: () => void;
  /** A decision on suggestions (reject, merge) as one undo step of its own. */
  setSession: (session: Partial<EditorSession>) => void;
  clearRefusal: () => void;
  select: (id: string | null) => void;
  /** Selects `id` and asks its row to come into view and take focus. */
  pick: (id: string) => void;
  /** The row asked for by `pick` has focus. */
  revealed: () => void;
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
  return createStore<EditorState>()((set, get) => {
    /** Moves to `history` with `session`, keeping the sessions in step with the documents. */
    const step = (history: History, patch: Partial<EditorSession> = {}) => {
      const { session, sessions } = get();
      set({
        history,
        session: { ...session, ...patch },
        sessions: { past: [...sessions.past, session].slice(-history.past.length), future: [] },
        refusal: null,
      });
    };
    return {
      draftId,
      history: edit.startHistory(doc),
      session,
      sessions: { past: [], future: [] },
      refusal: null,
      selected: null,
      reveal: null,
      change: (change, patch) => {
        const { history } = get();
        const refusal = edit.refusal(history.present, change);
        if (refusal) {
          set({ refusal });
          return false;
        }
        const next = edit.commit(history, change);
        if (next !== history) step(next, patch);
        else if (patch) step(edit.record(history, history.present), patch);
        else set({ refusal: null });
        return true;
      },
      undo: () => {
        const { history, session, sessions } = get();
        const previous = sessions.past.at(-1);
        if (history.past.length === 0 || !previous) return;
        set({
          history: edit.undo(history),
          session: previous,
          sessions: { past: sessions.past.slice(0, -1), future: [session, ...sessions.future] },
          refusal: null,
        });
      },
      redo: () => {
        const { history, session, sessions } = get();
        const [next, ...future] = sessions.future;
        if (history.future.length === 0 || !next) return;
        set({
          history: edit.redo(history),
          session: next,
          sessions: { past: [...sessions.past, session], future },
          refusal: null,
        });
      },
      setSession: (patch) => step(edit.record(get().history, get().history.present), patch),
      clearRefusal: () => set({ refusal: null }),
      select: (selected) => set({ selected }),
      pick: (id) => set({ selected: id, reveal: id }),
      revealed: () => set({ reveal: null }),
    };
  });
}

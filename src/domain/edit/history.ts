import { applyChange } from "./apply";
import type { Change, DraftDocument } from "./types";

/** Past and future documents; structural sharing makes each step cost only what it changed. */
export interface History {
  past: DraftDocument[];
  present: DraftDocument;
  future: DraftDocument[];
}

/** Undo reaches this many steps back; older ones are dropped. */
export const HISTORY_LIMIT = 500;

export const startHistory = (doc: DraftDocument): History => ({
  past: [],
  present: doc,
  future: [],
});

const unchanged = (a: DraftDocument, b: DraftDocument): boolean =>
  (Object.keys(b) as (keyof DraftDocument)[]).every((key) => a[key] === b[key]) &&
  Object.keys(a).length === Object.keys(b).length;

/** Applies a change as one undo step; a change that alters nothing adds no step. */
export function commit(history: History, change: Change): History {
  const next = applyChange(history.present, change);
  if (unchanged(history.present, next)) return history;
  return record(history, next);
}

/**
 * `next` as one undo step, even when it is the present itself: a step that changed only what
 * is kept beside the document (a rejected suggestion) still takes one Undo.
 */
export function record(history: History, next: DraftDocument): History {
  const past = [...history.past, history.present];
  return {
    past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past,
    present: next,
    future: [],
  };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo(history: History): History {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future };
}

import { createStore, del, entries, get, update } from "idb-keyval";
import type { UseStore } from "idb-keyval";
import type { DraftDocument } from "../../domain/edit";
import type { EditorSession } from "../../state/editor";

/** A draft as kept in IndexedDB: the document, the editor's notes and a revision for two tabs. */
export interface DraftRecord {
  id: string;
  revision: number;
  /** Milliseconds since 1970, for the Drafts list. */
  updated: number;
  doc: DraftDocument;
  session: EditorSession;
}

export type SaveOutcome =
  | { ok: true; revision: number }
  | { ok: false; reason: "conflict" | "quota" | "unavailable"; message: string };

// Its own database, apart from the last opened file (see app/open/lastFile.ts).
let store: UseStore | undefined;
const drafts = (): UseStore => (store ??= createStore("entente-drafts", "drafts"));

function failure(error: unknown): SaveOutcome {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "QuotaExceededError") {
    return {
      ok: false,
      reason: "quota",
      message:
        "The browser's storage is full, so this draft is not being saved. Export the graph to keep your work, or delete old drafts.",
    };
  }
  return {
    ok: false,
    reason: "unavailable",
    message:
      "This browser is not keeping drafts (a private window, or storage turned off), so a reload would lose this one. Export the graph to keep your work.",
  };
}

/**
 * Saves the draft if the stored copy is still the revision this tab last saw (or there is none),
 * in one IndexedDB transaction. Another tab's newer save is never overwritten: that is a conflict.
 */
export async function saveDraft(
  record: Omit<DraftRecord, "revision" | "updated">,
  expected: number,
): Promise<SaveOutcome> {
  let outcome: SaveOutcome = { ok: true, revision: expected + 1 };
  try {
    await update<DraftRecord>(
      record.id,
      (stored) => {
        if (stored && stored.revision !== expected) {
          outcome = {
            ok: false,
            reason: "conflict",
            message:
              "This draft was changed in another tab since this one last saved. Your version here is not saved: save it as a copy, or open the other version.",
          };
          return stored;
        }
        return { ...record, revision: expected + 1, updated: Date.now() };
      },
      drafts(),
    );
  } catch (error) {
    return failure(error);
  }
  return outcome;
}

export async function readDraft(id: string): Promise<DraftRecord | undefined> {
  return get<DraftRecord>(id, drafts());
}

/** Every saved draft, the latest first. Empty (not an error) when storage is unavailable. */
export async function listDrafts(): Promise<DraftRecord[]> {
  try {
    const all = await entries<string, DraftRecord>(drafts());
    return all.map(([, record]) => record).sort((a, b) => b.updated - a.updated);
  } catch {
    return [];
  }
}

export const deleteDraft = (id: string): Promise<void> => del(id, drafts());

export const newDraftId = (): string => `draft-${crypto.randomUUID()}`;

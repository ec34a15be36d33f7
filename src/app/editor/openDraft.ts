// Per tab, so a reload reopens this tab's draft and a second tab does not grab it. Kept apart from
// drafts.ts so the explorer's first download checks it without loading IndexedDB code.
const OPEN_KEY = "entente:editing";

export const rememberOpenDraft = (id: string | null): void => {
  try {
    if (id === null) sessionStorage.removeItem(OPEN_KEY);
    else sessionStorage.setItem(OPEN_KEY, id);
  } catch {
    // Storage refused: the Drafts list still reopens it.
  }
};

export const openDraftOfThisTab = (): string | null => {
  try {
    return sessionStorage.getItem(OPEN_KEY);
  } catch {
    return null;
  }
};

import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { bakeryDraft } from "../../../tests/helpers/bakeryDraft";
import { EMPTY_SESSION } from "../../state/editor";
import { deleteDraft, listDrafts, readDraft, saveDraft } from "./drafts";

const record = (id: string, title = "Bakery") => ({
  id,
  doc: { ...bakeryDraft(), title },
  session: EMPTY_SESSION,
});

describe("drafts in IndexedDB", () => {
  it("saves, reads back, lists and deletes", async () => {
    expect(await saveDraft(record("a"), 0)).toEqual({ ok: true, revision: 1 });
    expect(await saveDraft(record("a", "Bakery 2"), 1)).toEqual({ ok: true, revision: 2 });
    const stored = await readDraft("a");
    expect([stored?.revision, stored?.doc.title, stored?.doc.nodes.length]).toEqual([
      2,
      "Bakery 2",
      3,
    ]);
    await saveDraft(record("b", "Other"), 0);
    expect((await listDrafts()).map((d) => d.id).sort()).toEqual(["a", "b"]);
    await deleteDraft("a");
    expect((await listDrafts()).map((d) => d.id)).toEqual(["b"]);
  });

  it("refuses a save from a tab that has not seen the latest revision, keeping the other tab's", async () => {
    await saveDraft(record("c", "First tab"), 0);
    await saveDraft(record("c", "First tab again"), 1);
    const late = await saveDraft(record("c", "Second tab"), 1);
    expect(late.ok).toBe(false);
    expect(late.ok ? "" : late.reason).toBe("conflict");
    expect((await readDraft("c"))?.doc.title).toBe("First tab again");
  });
});

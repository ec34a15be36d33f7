import { useCallback, useEffect, useState } from "react";
import { draftFromGraph, newDraft } from "../../domain/edit/draft";
import type { SourceFields } from "../../domain/edit/draft";
import type { DraftDocument } from "../../domain/edit/types";
import type { Graph } from "../../domain/model/types";
import { DraftsList } from "../../components/editor/DraftsList";
import type { DraftSummary } from "../../components/editor/DraftsList";
import { StartForm } from "../../components/editor/StartForm";
import { createEditorStore, EMPTY_SESSION } from "../../state/editor";
import type { EditorSession, EditorStore } from "../../state/editor";
import { deleteDraft, listDrafts, newDraftId, readDraft } from "./drafts";
import { rememberOpenDraft } from "./openDraft";
import { EditorScreen } from "./EditorScreen";
import { PreviewScreen } from "./PreviewScreen";
import { useAutosave } from "./useAutosave";
import "../../components/editor/editor.css";

export type EditorStart =
  | { kind: "new" }
  | { kind: "graph"; graph: Graph }
  | { kind: "draft"; id: string }
  | { kind: "drafts" };

type Screen =
  | { kind: "start" }
  | { kind: "drafts" }
  | { kind: "loading" }
  | { kind: "missing" }
  | { kind: "edit"; store: EditorStore; revision: number; preview: boolean };

const opened = (
  id: string,
  doc: DraftDocument,
  revision = 0,
  session: EditorSession = EMPTY_SESSION,
): Screen => {
  rememberOpenDraft(id);
  return { kind: "edit", store: createEditorStore(id, doc, session), revision, preview: false };
};

function initial(start: EditorStart): Screen {
  if (start.kind === "new") return { kind: "start" };
  if (start.kind === "drafts") return { kind: "drafts" };
  if (start.kind === "graph") return opened(newDraftId(), draftFromGraph(start.graph));
  return { kind: "loading" };
}

/** The editor's screens: start a graph, pick a draft, edit one, preview it in the explorer. */
export default function EditorApp({ start, onClose }: { start: EditorStart; onClose: () => void }) {
  const [screen, setScreen] = useState<Screen>(() => initial(start));
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);

  const load = useCallback(
    (id: string) =>
      readDraft(id)
        .catch(() => undefined)
        .then((record) =>
          setScreen(
            record ? opened(id, record.doc, record.revision, record.session) : { kind: "missing" },
          ),
        ),
    [],
  );
  const open = (id: string) => {
    setScreen({ kind: "loading" });
    void load(id);
  };
  useEffect(() => {
    if (start.kind === "draft") void load(start.id);
  }, [start, load]);
  useEffect(() => {
    if (screen.kind !== "drafts") return;
    let live = true;
    void listDrafts().then((all) => {
      if (live) {
        setDrafts(
          all.map((d) => ({
            id: d.id,
            title: d.doc.title,
            updated: d.updated,
            nodes: d.doc.nodes.length,
            edges: d.doc.edges.length,
          })),
        );
      }
    });
    return () => {
      live = false;
    };
  }, [screen.kind]);

  const close = () => {
    rememberOpenDraft(null);
    onClose();
  };
  const showDrafts = () => {
    setDrafts(null);
    setScreen({ kind: "drafts" });
  };

  switch (screen.kind) {
    case "start":
      return (
        <main className="editor-page">
          <StartForm
            onStart={(fields: SourceFields) => setScreen(opened(newDraftId(), newDraft(fields)))}
            onCancel={close}
          />
        </main>
      );
    case "drafts":
      return (
        <main className="editor-page">
          <DraftsList
            drafts={drafts}
            onOpen={open}
            onDelete={(id) => void deleteDraft(id).then(showDrafts)}
            onNew={() => setScreen({ kind: "start" })}
            onClose={close}
          />
        </main>
      );
    case "loading":
      return (
        <main className="editor-page">
          <p role="status">Opening the draft…</p>
        </main>
      );
    case "missing":
      return (
        <main className="editor-page">
          <p role="alert">That draft is no longer saved in this browser.</p>
          <button type="button" onClick={showDrafts}>
            Drafts
          </button>
        </main>
      );
    case "edit":
      return (
        <Editing
          key={screen.store.getState().draftId}
          store={screen.store}
          revision={screen.revision}
          preview={screen.preview}
          onPreview={(preview) => setScreen({ ...screen, preview })}
          onDrafts={showDrafts}
          onClose={close}
          onCopy={(doc, session) => setScreen(opened(newDraftId(), doc, 0, session))}
          onOpenSaved={() => open(screen.store.getState().draftId)}
        />
      );
  }
}

function Editing({
  store,
  revision,
  preview,
  onPreview,
  onDrafts,
  onClose,
  onCopy,
  onOpenSaved,
}: {
  store: EditorStore;
  revision: number;
  preview: boolean;
  onPreview: (on: boolean) => void;
  onDrafts: () => void;
  onClose: () => void;
  onCopy: (doc: DraftDocument, session: EditorSession) => void;
  onOpenSaved: () => void;
}) {
  const save = useAutosave(store, revision);
  if (preview)
    return <PreviewScreen doc={store.getState().history.present} onBack={() => onPreview(false)} />;
  return (
    <EditorScreen
      store={store}
      save={save}
      onPreview={() => onPreview(true)}
      onDrafts={onDrafts}
      onClose={onClose}
      onOpenSaved={onOpenSaved}
      onSaveCopy={() => {
        const { history, session } = store.getState();
        onCopy(history.present, session);
      }}
    />
  );
}

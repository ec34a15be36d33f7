import { lazy, Suspense, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { EditorLauncherContext } from "../components/editor/launcher";
import type { EditorLauncher } from "../components/editor/launcher";
import type { EditorStart } from "./editor/EditorApp";
import { openDraftOfThisTab } from "./editor/openDraft";

// The editor and its language library load only when someone starts editing.
const EditorApp = lazy(() => import("./editor/EditorApp"));

/** Shows the explorer, or the editor in its place; a reload reopens the draft this tab was on. */
export function EditorGate({ children }: { children: ReactNode }) {
  const [start, setStart] = useState<EditorStart | null>(() => {
    const id = openDraftOfThisTab();
    return id ? { kind: "draft", id } : null;
  });
  const launcher = useMemo<EditorLauncher>(
    () => ({
      newGraph: () => setStart({ kind: "new" }),
      editGraph: (graph) => setStart({ kind: "graph", graph }),
      drafts: () => setStart({ kind: "drafts" }),
    }),
    [],
  );
  if (start) {
    return (
      <Suspense
        fallback={
          <p role="status" className="editor-loading">
            Opening the editor…
          </p>
        }
      >
        <EditorApp start={start} onClose={() => setStart(null)} />
      </Suspense>
    );
  }
  return (
    <EditorLauncherContext.Provider value={launcher}>{children}</EditorLauncherContext.Provider>
  );
}

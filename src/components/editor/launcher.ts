import { createContext, useContext } from "react";
import type { Graph } from "../../domain/model/types";

/** How the explorer starts the editor; absent where the app runs without one (some tests). */
export interface EditorLauncher {
  newGraph: () => void;
  editGraph: (graph: Graph) => void;
  drafts: () => void;
}

export const EditorLauncherContext = createContext<EditorLauncher | null>(null);

export const useEditorLauncher = (): EditorLauncher | null => useContext(EditorLauncherContext);

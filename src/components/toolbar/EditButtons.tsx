import { useEditorLauncher } from "../editor/launcher";
import { useEntenteStore } from "../../state";

/** "New graph", "Edit this graph" and "Drafts": the ways into the editor from the explorer. */
export function EditButtons() {
  const launcher = useEditorLauncher();
  const store = useEntenteStore();
  if (!launcher) return null;
  return (
    <>
      <button type="button" className="tool-button" onClick={launcher.newGraph}>
        New graph
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={() => launcher.editGraph(store.getState().graph)}
      >
        Edit this graph
      </button>
      <button type="button" className="tool-button" onClick={launcher.drafts}>
        Drafts
      </button>
    </>
  );
}

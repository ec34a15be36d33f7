import { useState } from "react";
import { draftToJson } from "../../domain/edit/draft";
import type { DraftDocument } from "../../domain/edit/types";
import { loadGraph } from "../../domain/load/load";
import { formatProblem } from "../../domain/load/problems";
import { createEntenteStore } from "../../state";
import { Explorer } from "../Explorer";

/** The draft in the explorer, with every reader feature; the editor is one button away. */
export function PreviewScreen({ doc, onBack }: { doc: DraftDocument; onBack: () => void }) {
  const [loaded] = useState(() => {
    const result = loadGraph(draftToJson(doc));
    return result.ok ? { store: createEntenteStore(result.graph, result.problems) } : result;
  });
  return (
    <div className="editor-preview">
      <div className="editor-banner" role="region" aria-label="Preview">
        <p>Preview of your draft, as readers will see it.</p>
        <button type="button" onClick={onBack} autoFocus>
          Back to editor
        </button>
      </div>
      {"store" in loaded ? (
        <Explorer store={loaded.store} />
      ) : (
        <div role="alert" className="editor-page">
          <p>
            The draft cannot be shown yet. Fix these first (they are listed under Problems too):
          </p>
          <ul>
            {loaded.problems.map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

import { useState } from "react";

export interface DraftSummary {
  id: string;
  title: string;
  updated: number;
  nodes: number;
  edges: number;
}

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Saved drafts, the latest first: reopen or delete each (asking first, naming what goes). */
export function DraftsList({
  drafts,
  onOpen,
  onDelete,
  onNew,
  onClose,
}: {
  drafts: readonly DraftSummary[] | null;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onNew: () => void;
  onClose: () => void;
}) {
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <section className="editor-start" aria-label="Drafts">
      <h1>Drafts</h1>
      {drafts === null && <p role="status">Reading saved drafts…</p>}
      {drafts?.length === 0 && <p className="editor-hint">No drafts saved in this browser yet.</p>}
      {drafts && drafts.length > 0 && (
        <ul className="editor-items" aria-label="Saved drafts">
          {drafts.map((d) => (
            <li key={d.id} className="editor-item editor-item-head">
              <span className="editor-item-name">{d.title}</span>
              <span className="editor-meta">
                {d.nodes} entities · {d.edges} relationships · saved {when(d.updated)}
              </span>
              <button
                type="button"
                onClick={() => onOpen(d.id)}
                aria-label={`Open draft ${d.title}`}
              >
                Open
              </button>
              <button
                type="button"
                onClick={() => setAsking(d.id)}
                aria-label={`Delete draft ${d.title}`}
              >
                Delete
              </button>
              {asking === d.id && (
                <div
                  role="alertdialog"
                  aria-label={`Delete draft ${d.title}?`}
                  className="editor-confirm"
                >
                  <p>
                    Delete the draft “{d.title}” with its {d.nodes} entities and {d.edges}{" "}
                    relationships? It is kept only in this browser, so it cannot be brought back.
                  </p>
                  <button
                    type="button"
                    onClick={() => {
                      setAsking(null);
                      onDelete(d.id);
                    }}
                  >
                    Delete draft
                  </button>
                  <button type="button" onClick={() => setAsking(null)} autoFocus>
                    Keep
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="editor-actions">
        <button type="button" onClick={onNew}>
          New graph
        </button>
        <button type="button" onClick={onClose}>
          Back to the explorer
        </button>
      </div>
    </section>
  );
}

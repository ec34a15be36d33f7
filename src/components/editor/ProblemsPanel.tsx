import { memo } from "react";
import { formatProblem } from "../../domain/load/problems";
import type { Problem } from "../../domain/model/types";
import type { DraftDocument } from "../../domain/edit/types";
import { useEditor } from "../../state/editorContext";
import { itemAnchor } from "./ItemRow";

const ELEMENT = /^(nodes|edges)\[(\d+)\]/;

/** The element a problem's JSON path points into, if any. */
function elementOf(doc: DraftDocument, path: string): { id: string; label: string } | null {
  const match = ELEMENT.exec(path);
  if (!match) return null;
  const index = Number(match[2]);
  if (match[1] === "nodes") {
    const node = doc.nodes[index];
    return node ? { id: node.id, label: node.label } : null;
  }
  const edge = doc.edges[index];
  return edge ? { id: edge.id, label: edge.relation } : null;
}

/** The loader's checks on the draft, each linked to the element it is about. */
// Memoised, and given the version that was checked: an edit re-renders it only when a check ends.
export const ProblemsPanel = memo(function ProblemsPanel({
  doc,
  problems,
  checking,
}: {
  doc: DraftDocument | null;
  problems: readonly Problem[] | null;
  checking: boolean;
}) {
  const pick = useEditor((s) => s.pick);
  return (
    <section className="editor-panel" aria-label="Problems">
      <h2>Problems{problems ? ` (${problems.length})` : ""}</h2>
      <p className="editor-hint" role="status">
        {checking || problems === null
          ? "Checking…"
          : problems.length === 0
            ? "No problems: the graph exports as a valid file."
            : null}
      </p>
      {problems && problems.length > 0 && (
        <ul className="editor-problems">
          {problems.map((p, i) => {
            const element = doc && elementOf(doc, p.path);
            return (
              <li key={i} className={`editor-problem editor-problem--${p.severity}`}>
                <span>{formatProblem(p)}</span>
                {element && (
                  <a
                    href={`#${itemAnchor(element.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      pick(element.id);
                    }}
                  >
                    Go to {element.label}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});

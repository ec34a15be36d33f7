import { useEffect, useState } from "react";
import { selectDoc, useEditor } from "../../state/editorContext";

interface Props {
  saveText: string;
  saveProblem: boolean;
  onExport: () => void;
  onPreview: () => void;
  onDrafts: () => void;
  onClose: () => void;
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName));

/** The editor's top bar: title, undo and redo (also Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z), export, preview. */
export function EditorBar({
  saveText,
  saveProblem,
  onExport,
  onPreview,
  onDrafts,
  onClose,
}: Props) {
  const doc = useEditor(selectDoc);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  // Each action alone: selecting the whole state would re-render the bar on every edit.
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const change = useEditor((s) => s.change);
  const [title, setTitle] = useState(doc.title);
  const [shown, setShown] = useState(doc.title);
  if (shown !== doc.title) {
    setShown(doc.title);
    setTitle(doc.title);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.key.toLowerCase() !== "z" ||
        typing(event.target)
      )
        return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);

  const commitTitle = () => {
    if (title !== doc.title) change({ type: "title", title });
  };
  return (
    <div className="app-bar editor-bar">
      <p className="app-bar-brand">Entente editor</p>
      <input
        className="editor-title"
        aria-label="Graph title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        onBlur={commitTitle}
        onKeyDown={(e) => e.key === "Enter" && commitTitle()}
      />
      <p role="status" className={saveProblem ? "editor-save editor-save--problem" : "editor-save"}>
        {saveText}
      </p>
      <div className="app-bar-actions" role="group" aria-label="Draft">
        <button
          type="button"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          Redo
        </button>
        <button type="button" onClick={onExport}>
          Export graph
        </button>
        <button type="button" onClick={onPreview}>
          Preview
        </button>
        <button type="button" onClick={onDrafts}>
          Drafts
        </button>
        <button type="button" onClick={onClose}>
          Close editor
        </button>
      </div>
    </div>
  );
}

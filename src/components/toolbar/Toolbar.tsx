import { useEffect, useState } from "react";
import { CopyLink } from "./CopyLink";
import { EditButtons } from "./EditButtons";
import { ExportMenu } from "./ExportMenu";
import { OpenButton } from "./OpenButton";
import "./toolbar.css";

const NOTICE_MS = 5000;

/**
 * The bar above the explorer: bring a graph in, take it out, share the view. One live region
 * says what is happening: the load in progress first, else the last action's result.
 */
export function Toolbar({
  status,
  onCancel = null,
  onOpenFiles,
}: {
  status: string | null;
  /** Offered beside the status while a load can still be stopped. */
  onCancel?: (() => void) | null;
  onOpenFiles: (files: File[]) => void;
}) {
  const [notice, setNotice] = useState<{ text: string; stay: boolean } | null>(null);

  useEffect(() => {
    if (notice === null || notice.stay) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // An object per notice, so the same message twice still restarts its timer.
  const announce = (text: string, stay = false) => setNotice({ text, stay });
  return (
    // A named region, so that everything on the page sits in a landmark.
    <section className="app-bar" aria-label="Entente toolbar">
      <p className="app-bar-brand">Entente</p>
      <div className="app-bar-progress">
        <p
          role="status"
          className={
            status
              ? "app-bar-status app-bar-status--busy"
              : notice?.stay
                ? "app-bar-status app-bar-status--long"
                : "app-bar-status"
          }
        >
          {status ?? notice?.text}
        </p>
        {status !== null && onCancel !== null && (
          <button type="button" className="tool-button app-bar-cancel" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <div className="app-bar-actions" role="group" aria-label="Graph file">
        <OpenButton onOpenFiles={onOpenFiles} />
        <ExportMenu onNotice={announce} />
        <CopyLink onNotice={announce} />
        <EditButtons />
      </div>
    </section>
  );
}

import { useRef, useState } from "react";
import { useEntenteStore } from "../../state";

// A graph opened from the computer is not in the address, so its link would open another graph.
function caveat(origin: string | null, href: string): string {
  const fromLink = new URL(href).searchParams.has("graph");
  return origin !== null && !fromLink
    ? " — but it opens the built-in graph: a file from your computer cannot travel in a link. " +
        "To share this graph, put the file on a web server and add ?graph=<its address> to the link."
    : "";
}

/** Copies the address, which always holds the current view; shows it to copy by hand if refused. */
export function CopyLink({ onNotice }: { onNotice: (message: string) => void }) {
  const store = useEntenteStore();
  const [manual, setManual] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  const copy = async () => {
    const href = window.location.href;
    const note = caveat(store.getState().origin, href);
    try {
      await navigator.clipboard.writeText(href);
      setManual(null);
      onNotice(`Link copied${note}`);
    } catch {
      // No clipboard access (an insecure page, a denied permission): offer the text instead.
      setManual(href);
      onNotice(`Press Ctrl+C (⌘C on a Mac) to copy the selected link${note}`);
      requestAnimationFrame(() => field.current?.select());
    }
  };

  return (
    <span className="copy-link">
      <button type="button" className="tool-button" onClick={() => void copy()}>
        Copy link
      </button>
      {manual !== null && (
        <input
          ref={field}
          className="copy-link-field"
          readOnly
          value={manual}
          aria-label="Link to this view"
          onFocus={(event) => event.currentTarget.select()}
          onBlur={() => setManual(null)}
        />
      )}
    </span>
  );
}

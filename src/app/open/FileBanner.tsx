import { useEntente } from "../../state";

const FILE_ORIGIN = /^file (.+)$/;

/**
 * Says which file from the computer is on show (it comes back on reload) and offers the way home.
 * Hidden for the built-in graph and for graphs opened by link, whose address already says so.
 */
export function FileBanner({ onBack }: { onBack: () => void }) {
  const origin = useEntente((s) => s.origin);
  const name = origin === null ? undefined : FILE_ORIGIN.exec(origin)?.[1];
  if (name === undefined) return null;
  return (
    <p className="file-banner">
      Opened from <strong>{name}</strong>
      <button type="button" className="tool-button" onClick={onBack}>
        Back to the article
      </button>
    </p>
  );
}

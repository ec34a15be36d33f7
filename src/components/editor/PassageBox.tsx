import { useState } from "react";
import { createAnchorer } from "../../domain/load/anchor";
import type { TextAnchor } from "../../domain/model/types";

/**
 * The selected passage as text: filled by a selection in the article, or typed and pasted here
 * (the keyboard way), then found in the article the way the loader finds quotes.
 */
export function PassageBox({
  text,
  passage,
  onPassage,
}: {
  text: string;
  passage: TextAnchor | null;
  onPassage: (range: TextAnchor | null) => void;
}) {
  const selected = passage ? text.slice(passage.start, passage.end) : "";
  const [typed, setTyped] = useState<string | null>(null);
  const [shown, setShown] = useState(selected);
  if (shown !== selected) {
    setShown(selected);
    setTyped(null);
  }
  const value = typed ?? selected;
  const notFound = typed !== null && typed.trim() !== "" && passage === null;
  const find = (words: string) => {
    setTyped(words);
    const anchor = words.trim() ? createAnchorer(text)(words).anchor : null;
    onPassage(anchor);
  };
  return (
    <div className="editor-passage">
      <label htmlFor="editor-passage">Passage</label>
      <textarea
        id="editor-passage"
        rows={3}
        value={value}
        placeholder="Select words in the article, or type or paste them here"
        onChange={(e) => find(e.target.value)}
        aria-describedby="editor-passage-note"
      />
      <p
        id="editor-passage-note"
        className={notFound ? "editor-error" : "editor-hint"}
        role={notFound ? "alert" : undefined}
      >
        {notFound
          ? "These words are not in the article: copy them exactly (quote marks and dashes may differ)."
          : "A claim always starts from the article's own words."}
      </p>
    </div>
  );
}

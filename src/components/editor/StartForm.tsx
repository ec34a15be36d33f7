import { useState } from "react";
import type { FormEvent } from "react";
import { articleProblem } from "../../domain/edit/article";
import type { SourceFields } from "../../domain/edit/draft";

/** Reads a picked file as UTF-8 text; a binary one shows up as NULs or replacement characters. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder("utf-8").decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    reader.readAsArrayBuffer(file);
  });
}

/** "New graph": the article pasted or opened from a file, and what to call it. */
export function StartForm({
  onStart,
  onCancel,
}: {
  onStart: (fields: SourceFields) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [publisher, setPublisher] = useState("");
  const [published, setPublished] = useState("");
  const [url, setUrl] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const read = await readText(file).catch(() => null);
    const why =
      read === null
        ? `${file.name} could not be read: check the file is still there and try again.`
        : articleProblem(read, file.name);
    setProblem(why);
    if (why || read === null) return;
    setText(read);
    if (!title) setTitle(file.name.replace(/\.(txt|md|markdown)$/iu, ""));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const why = articleProblem(text);
    const date = published.trim();
    const badDate =
      date && !/^\d{4}(-\d{2}(-\d{2})?)?$/u.test(date)
        ? "Date: write it as YYYY, YYYY-MM or YYYY-MM-DD."
        : null;
    const badUrl =
      url.trim() && !/^https?:\/\//iu.test(url.trim())
        ? "Address: give an http:// or https:// address, or leave it empty."
        : null;
    setProblem(why ?? badDate ?? badUrl);
    if (!why && !badDate && !badUrl) onStart({ text, title, publisher, published: date, url });
  };

  return (
    <form className="editor-start" aria-label="New graph" onSubmit={submit}>
      <h1>New graph from an article</h1>
      <p className="editor-hint">
        Paste the story, or open it as a .txt or .md file. Entente suggests the people and
        organisations it names; you then make each claim from the article's own words.
      </p>
      <label htmlFor="editor-article-text">Article text</label>
      <textarea
        id="editor-article-text"
        rows={12}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <label className="editor-file">
        Or open a text file
        <input
          type="file"
          accept=".txt,.md,.markdown,text/plain,text/markdown"
          onChange={(e) => void open(e.target.files?.[0])}
        />
      </label>
      <div className="editor-start-fields">
        <label>
          Title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="Headline of the article"
          />
        </label>
        <label>
          Publisher
          <input value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        </label>
        <label>
          Date
          <input
            value={published}
            onChange={(e) => setPublished(e.target.value)}
            placeholder="YYYY-MM-DD"
          />
        </label>
        <label>
          Address
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://…"
            inputMode="url"
          />
        </label>
      </div>
      {problem && (
        <p role="alert" className="editor-error">
          {problem}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit" className="editor-primary">
          Start editing
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

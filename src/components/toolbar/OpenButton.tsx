import type { ChangeEvent } from "react";
import { EXTENSIONS } from "../../domain/formats/import/names";

// Every format Entente reads; several files only for spreadsheets (Kumu's elements + connections).
const ACCEPT = [...EXTENSIONS, "application/json", "text/csv"].join(",");

/**
 * A button-styled label around a visually hidden file input: the input keeps its own keyboard
 * and screen-reader behaviour, and drag-and-drop onto the page does the same thing.
 */
export function OpenButton({ onOpenFiles }: { onOpenFiles: (files: File[]) => void }) {
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    // Cleared, so picking the same file again (after fixing it) fires another change.
    event.currentTarget.value = "";
    if (files.length > 0) onOpenFiles(files);
  };
  return (
    <label className="tool-button tool-button--primary">
      <input type="file" accept={ACCEPT} multiple className="visually-hidden" onChange={pick} />
      Open graph file
    </label>
  );
}

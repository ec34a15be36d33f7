import { suggestEntities } from "./entities";
import { nameChunks, parse, textDates } from "./nlp";
import { pieces } from "./pieces";
import type { Chunk, DateSuggestion, Suggestions } from "./types";

export * from "./types";

/** Everything the editor proposes for a text; `today` resolves "last week" and yearless dates. */
export function suggest(text: string, today: string): Suggestions {
  const chunks: Chunk[] = [];
  const dates: DateSuggestion[] = [];
  for (const { start, end } of pieces(text)) {
    const piece = text.slice(start, end);
    const parsed = parse(piece);
    for (const c of nameChunks(parsed.doc, piece))
      chunks.push({ ...c, start: c.start + start, end: c.end + start });
    for (const d of textDates(parsed.dated, piece, today))
      dates.push({ ...d, start: d.start + start, end: d.end + start });
  }
  return { entities: suggestEntities(text, chunks), dates };
}

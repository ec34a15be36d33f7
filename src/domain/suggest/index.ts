import { suggestEntities } from "./entities";
import { nameChunks, parse, textDates } from "./nlp";
import type { Suggestions } from "./types";

export * from "./types";

/** Everything the editor proposes for a text; `today` resolves "last week" and yearless dates. */
export function suggest(text: string, today: string): Suggestions {
  const doc = parse(text);
  return {
    entities: suggestEntities(text, nameChunks(doc, text)),
    dates: textDates(doc, text, today),
  };
}
export * from "./claim";
export * from "./sentence";

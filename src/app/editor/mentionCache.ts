import type { TextAnchor } from "../../domain/model/types";
import { findMentions } from "../../domain/suggest/mentions";

// Each name is looked up in the article once: an edit re-marks a long article by scanning it
// for a renamed entity's new name only, not for every name again.
let cachedText = "";
const cache = new Map<string, TextAnchor[]>();

export function mentionsOf(text: string, name: string): TextAnchor[] {
  if (text !== cachedText) {
    cachedText = text;
    cache.clear();
  }
  let found = cache.get(name);
  if (!found) {
    found = findMentions(text, name);
    cache.set(name, found);
  }
  return found;
}

import type { DraftDocument } from "../edit/types";
import type { EntitySuggestion } from "./types";

/** The author's decisions on suggestions, kept beside the draft. */
export interface Decisions {
  rejected: readonly string[];
  /** Suggestion key → the key of the suggestion it was merged into. */
  merged: Readonly<Record<string, string>>;
  /** Entity id → the other names it goes by. */
  aliases: Readonly<Record<string, readonly string[]>>;
}

/** Every name an entity of the draft goes by, its label first. */
export function entityNames(doc: DraftDocument, decisions: Pick<Decisions, "aliases">) {
  return doc.nodes.map((n) => ({ id: n.id, names: [n.label, ...(decisions.aliases[n.id] ?? [])] }));
}

/**
 * The suggestions still waiting for a decision: not rejected, not merged away, not already an
 * entity (by any of its names). A suggestion merged into another adds its names and mentions to it.
 */
export function pendingSuggestions(
  suggestions: readonly EntitySuggestion[],
  doc: DraftDocument,
  decisions: Decisions,
): EntitySuggestion[] {
  const taken = new Set(entityNames(doc, decisions).flatMap((e) => e.names));
  const rejected = new Set(decisions.rejected);
  const root = (key: string): string => {
    const seen = new Set<string>();
    let at = key;
    // To the end of the chain, where a key is merged into nothing (`?? at` repeats it); a cycle,
    // which the editor never makes, stops where it repeats too.
    while (!seen.has(at)) {
      seen.add(at);
      at = decisions.merged[at] ?? at;
    }
    return at;
  };
  const combined = new Map<string, EntitySuggestion>();
  for (const s of suggestions) if (root(s.key) === s.key) combined.set(s.key, s);
  for (const s of suggestions) {
    const into = combined.get(root(s.key));
    if (!into || into.key === s.key) continue;
    combined.set(into.key, {
      ...into,
      aliases: [...into.aliases, s.name, ...s.aliases],
      mentions: [...into.mentions, ...s.mentions].sort((a, b) => a.start - b.start),
    });
  }
  return [...combined.values()].filter(
    (s) => !rejected.has(s.key) && ![s.name, ...s.aliases].some((n) => taken.has(n)),
  );
}

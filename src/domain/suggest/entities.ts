import type { TextAnchor } from "../model/types";
import { guessKind } from "./kind";
import { findMentions, withoutOverlaps } from "./mentions";
import type { Chunk, EntitySuggestion } from "./types";

const words = (name: string) => name.split(/\s+/u);

/** `short`'s words stand together inside `long`'s ("Bezos" in "Jeff Bezos", "Holt" in "Mira Holt"). */
function within(short: string, long: string): boolean {
  const s = words(short);
  const l = words(long);
  if (s.length >= l.length) return false;
  return l.some((_, i) => s.every((w, j) => l[i + j] === w));
}

interface Group {
  name: string;
  aliases: string[];
  first: Chunk;
  tags: Set<string>;
}

/** One group per distinct name; a shorter name joins the one person name that holds it. */
function group(chunks: readonly Chunk[]): Group[] {
  const byName = new Map<string, Group>();
  for (const chunk of chunks) {
    const known = byName.get(chunk.name);
    if (known) chunk.tags.forEach((t) => known.tags.add(t));
    else
      byName.set(chunk.name, {
        name: chunk.name,
        aliases: [],
        first: chunk,
        tags: new Set(chunk.tags),
      });
  }
  // A lone capitalised word that only ever opens a sentence ("Flight data…") is not a name.
  const groups = [...byName.values()].filter(
    (g) =>
      !(
        g.first.initial &&
        g.tags.size === 0 &&
        words(g.name).length === 1 &&
        chunks.every((c) => c.name !== g.name || c.initial)
      ),
  );
  const people = groups.filter((g) => g.tags.has("Person") && words(g.name).length > 1);
  const long = groups.filter((g) => words(g.name).length > 1);
  const merged = new Set<Group>();
  for (const g of groups) {
    // Held by a person's name, or the last word of one longer name ("Musk" of "Elon Musk").
    const holders = long.filter(
      (p) => (people.includes(p) && within(g.name, p.name)) || words(p.name).at(-1) === g.name,
    );
    const holder = holders[0];
    if (holders.length !== 1 || holder === undefined || merged.has(holder)) continue;
    holder.aliases.push(g.name);
    g.tags.forEach((t) => holder.tags.add(t));
    merged.add(g);
  }
  const kept = groups.filter((g) => !merged.has(g));
  // A person's surname alone names them too ("Ångström said…"), unless another name shares it.
  for (const p of people) {
    const surname = words(p.name).at(-1);
    if (!surname || p.aliases.includes(surname) || merged.has(p)) continue;
    const shared = kept.some((g) => g !== p && words(g.name).includes(surname));
    if (!shared) p.aliases.push(surname);
  }
  return kept;
}

/**
 * Chunks → suggested entities: names grouped with their aliases, a kind guessed, and every
 * whole-word mention of any of the names found in the text (not only those the library saw).
 */
export function suggestEntities(text: string, chunks: readonly Chunk[]): EntitySuggestion[] {
  const groups = group(chunks);
  const spans = groups.flatMap((g, index) =>
    [g.name, ...g.aliases].flatMap((name) =>
      findMentions(text, name).map((span) => ({ ...span, index })),
    ),
  );
  const mentions = new Map<number, TextAnchor[]>();
  for (const { start, end, index } of withoutOverlaps(spans)) {
    const list = mentions.get(index) ?? [];
    list.push({ start, end });
    mentions.set(index, list);
  }
  return groups
    .map((g, index) => {
      const found = mentions.get(index) ?? [];
      const first = found[0] ?? g.first;
      const before = text.slice(Math.max(0, first.start - 24), first.start);
      const after = text.slice(first.end, first.end + 24);
      return {
        key: g.name,
        name: g.name,
        kind: guessKind(g.name, before, after, [...g.tags]),
        aliases: g.aliases,
        mentions: found,
      };
    })
    .filter((s) => s.mentions.length > 0)
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

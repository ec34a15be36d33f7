import type { Certainty, TextAnchor } from "../model/types";
import { findMentions } from "./mentions";

export interface NamedEntity {
  id: string;
  /** The label first, then any aliases. */
  names: string[];
}

export interface ClaimSuggestion {
  certainty: Certainty;
  attribution?: string;
  /** Entities named in the passage, in the order it names them first. */
  mentioned: string[];
}

const HEDGE =
  /\b(likely|unlikely|suggests?|suggested|appears?|appeared|seems?|seemed|may|might|could|possibly|perhaps|probably|expected to|rumou?red)\b/iu;
const REPORT =
  /\b(according to|sources? (say|said|familiar)|reportedly|reported|said|says|told|claimed|claims|stated|confirmed to)\b/iu;

/** How firmly the passage puts its claim: hedges make it speculative, attribution reported. */
export function certaintyOf(passage: string): Certainty {
  if (HEDGE.test(passage)) return "speculative";
  if (REPORT.test(passage)) return "reported";
  return "confirmed";
}

const BY = /\b(?:according to|(?:first )?reported by)\s+([^,.;:!?()"“”]+)/iu;
const SPEAKER =
  /([^,.;:!?()"“”]+?)\s+(?:said|says|told|suggest|suggests|suggested|claimed|believe|believes)\b/iu;
const SAID_BY = /["”],?\s+(?:said|says)\s+([^,.;:!?()"“”]+)/iu;
const LEAD = /^(?:and|but|while|that|as|so|then)\s+/iu;

const lastWords = (phrase: string, n: number) => phrase.trim().split(/\s+/u).slice(-n).join(" ");

/** Who the passage says makes the claim; a known entity's name when one is meant. */
export function attributionOf(
  passage: string,
  entities: readonly NamedEntity[],
): string | undefined {
  const by = BY.exec(passage)?.[1] ?? SAID_BY.exec(passage)?.[1];
  const speaker = SPEAKER.exec(passage)?.[1];
  const phrase = (by ?? (speaker && lastWords(speaker, 4)))?.trim().replace(LEAD, "");
  if (!phrase) return undefined;
  const known = entities.find((e) => e.names.some((n) => findMentions(phrase, n).length > 0));
  return known?.names[0] ?? phrase;
}

/** Entities named in the passage, first mention first. */
export function mentionedIn(
  text: string,
  range: TextAnchor,
  entities: readonly NamedEntity[],
): string[] {
  const passage = text.slice(range.start, range.end);
  return entities
    .map((e) => ({
      id: e.id,
      at: Math.min(...e.names.flatMap((n) => findMentions(passage, n).map((m) => m.start))),
    }))
    .filter((e) => Number.isFinite(e.at))
    .sort((a, b) => a.at - b.at)
    .map((e) => e.id);
}

/** What the editor proposes for a selected passage; the author may change all of it. */
export function suggestClaim(
  text: string,
  range: TextAnchor,
  entities: readonly NamedEntity[],
): ClaimSuggestion {
  const passage = text.slice(range.start, range.end);
  const attribution = attributionOf(passage, entities);
  return {
    certainty: certaintyOf(passage),
    ...(attribution && { attribution }),
    mentioned: mentionedIn(text, range, entities),
  };
}

import type { NodeKind, PartialDate, TextAnchor } from "../model/types";

/** A run of capitalised words the language library saw, before any grouping. */
export interface Chunk {
  name: string;
  start: number;
  end: number;
  /** The library's own guesses for the run: Person, Place, Organization. */
  tags: string[];
  /** Whether the run opens its sentence, where any word is capitalised. */
  initial: boolean;
}

/** A proposed entity: only a proposal, anchored to every place the text names it. */
export interface EntitySuggestion {
  key: string;
  name: string;
  kind: NodeKind;
  /** Shorter names gathered under this one ("Bezos" under "Jeff Bezos"). */
  aliases: string[];
  mentions: TextAnchor[];
}

export interface DateSuggestion extends TextAnchor {
  text: string;
  date: PartialDate;
}

export interface Suggestions {
  entities: EntitySuggestion[];
  dates: DateSuggestion[];
}

import nlp from "compromise";
import datesPlugin from "compromise-dates";
import type { PartialDate } from "../model/types";
import type { Chunk, DateSuggestion } from "./types";

nlp.plugin(datesPlugin);

export type NlpDoc = ReturnType<typeof nlp>;

type Tokenized = NlpDoc & { compute(hooks: string | string[]): NlpDoc };
const tokenize = (nlp as unknown as { tokenize(text: string): Tokenized }).tokenize;
const world = (nlp as unknown as { world(): { hooks: string[] } }).world();
// The library's own steps less the phrase chunker (unused here) and date tagging, which runs
// only on the sentences that could hold a date: it is a third of the work, and most have none.
const TAGGING = world.hooks.filter((hook) => hook !== "chunks" && hook !== "dates");
const DATE_CUE =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|yesterday|tonight|now|day|week|fortnight|month|year|quarter|decade|century|ago|spring|summer|autumn|fall|winter|christmas|easter|thanksgiving|halloween|eve|noon|midnight|morning|afternoon|evening)/iu;

/** Parses once; names are read from `doc`, dates from `dated` (the sentences with a date cue). */
export function parse(text: string): { doc: NlpDoc; dated: NlpDoc } {
  const doc = tokenize.call(nlp, text);
  doc.compute(TAGGING);
  const dated = doc.sentences().filter((s) => DATE_CUE.test(s.text())) as Tokenized;
  dated.compute("dates");
  return { doc, dated };
}

interface Term {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}.&]+$/u;
const POSSESSIVE = /['’]s$/u;
// A Month, WeekDay, Holiday or Year is tagged a Date as well, so Date covers them.
const NOT_A_NAME = ["Date", "Value", "Honorific", "Pronoun"];
// The library tags "January" a person's name in "In January, Bezos…"; calendar words never name an actor here.
const CALENDAR =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Whether a term may stand in a name: capitalised and tagged a proper noun, or an acronym mid-sentence. */
function nameWord(term: Term, index: number): boolean {
  if (NOT_A_NAME.some((t) => term.tags.includes(t))) return false;
  if (!UPPER.test(term.text) || CALENDAR.test(term.text)) return false;
  if (term.tags.includes("ProperNoun")) return true;
  // An acronym mid-sentence ("AS" in "Ålesund Fisk AS"), but not a job title ("CEO").
  return index > 0 && ALL_CAPS.test(term.text) && !term.tags.includes("Actor");
}

// Checked with NOT_A_NAME, which holds Pronoun.
const NOT_AN_OPENER = [
  "Determiner",
  "Preposition",
  "Conjunction",
  "Adverb",
  "Verb",
  "QuestionWord",
];

/** Whether a sentence's capitalised first word belongs to the name right after it. */
const openerJoins = (term: Term): boolean =>
  UPPER.test(term.text) &&
  !term.post.trim() &&
  !CALENDAR.test(term.text) &&
  !NOT_AN_OPENER.some((t) => term.tags.includes(t)) &&
  !NOT_A_NAME.some((t) => term.tags.includes(t));

/**
 * Runs of name words, broken at punctuation and possessives ("Musk’s SpaceX" is two names),
 * hyphenated parts kept together ("Co-op"). Offsets are UTF-16 indices into the text.
 */
export function nameChunks(doc: NlpDoc, text: string): Chunk[] {
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  const chunks: Chunk[] = [];
  for (const { terms } of sentences) {
    let run: Term[] = [];
    let runFrom = 0;
    const close = () => {
      const first = run[0];
      const last = run.at(-1);
      run = [];
      if (!first || !last) return;
      const start = first.offset.start;
      let end = last.offset.start + last.offset.length;
      let name = text.slice(start, end);
      if (POSSESSIVE.test(name)) {
        name = name.slice(0, -2);
        end -= 2;
      }
      const tags = ["Person", "Place", "Organization"].filter(
        (t) => first.tags.includes(t) || last.tags.includes(t),
      );
      chunks.push({ name, start, end, tags, initial: runFrom === 0 });
    };
    terms.forEach((term, i) => {
      const joined = run.at(-1)?.post === "-" && term.tags.includes("Hyphenated");
      if (joined || nameWord(term, i)) {
        if (run.length === 0) {
          runFrom = i;
          // "Old Mill sells…": the library reads a capitalised first word as a plain adjective.
          const opener = terms[0];
          if (i === 1 && opener && openerJoins(opener)) {
            runFrom = 0;
            run.push(opener);
          }
        }
        run.push(term);
      } else close();
      const post = term.post.trim();
      if (post && post !== "-") close();
      else if (POSSESSIVE.test(term.text)) close();
    });
    close();
  }
  return chunks;
}

interface FoundDate {
  text: string;
  offset: { start: number; length: number };
  dates?: { start?: string | null; end?: string | null; unit?: string };
}

/** The partial date a resolved span stands for, or undefined for durations and the unresolved. */
function partialDate(found: FoundDate["dates"]): PartialDate | undefined {
  const start = found?.start?.slice(0, 10);
  if (!start) return undefined;
  if (found?.unit === "year") return start.slice(0, 4);
  if (found?.unit === "month") return start.slice(0, 7);
  if (found?.unit === "day" || start === found?.end?.slice(0, 10)) return start;
  return undefined;
}

const TRAILING = /[\s,.;:]+$/u;
const LEADING = /^(in|on|at|by|since|from|during)\s+/iu;

/** Dates written in the text, resolved against `today` (the article's own date when it has one). */
export function textDates(doc: NlpDoc, text: string, today: string): DateSuggestion[] {
  const dated = doc as unknown as { dates(o: { today: string }): NlpDoc };
  const found = dated.dates({ today }).json({ offset: true }) as FoundDate[];
  return found.flatMap((d) => {
    const date = partialDate(d.dates);
    if (!date) return [];
    const raw = text.slice(d.offset.start, d.offset.start + d.offset.length);
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const shown = raw.slice(lead).replace(TRAILING, "");
    const start = d.offset.start + lead;
    return [{ text: shown, start, end: start + shown.length, date }];
  });
}

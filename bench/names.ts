import type { NodeKind } from "../src/domain/model/types";
import { pick, type Random } from "./random";

// Syllables that read as names in most European languages, so labels look like real entities
// (and wrap and measure like them) without ever naming a real one.
const ONSETS = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"];
const CLUSTERS = ["br", "dr", "gr", "kr", "st", "th", "sh", "tr", "vl", "pr"];
const VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou"];
const CODAS = ["", "", "", "n", "r", "s", "l", "t", "m", "nd", "rk", "x", "st"];
// Precomposed (NFC) letters: labels and quotes must survive the anchorer's normalisation.
const ACCENTED: Readonly<Record<string, string>> = { a: "á", e: "é", i: "í", o: "ö", u: "ü" };
const ACCENT_SHARE = 0.06;

function syllable(random: Random): string {
  const onset = random() < 0.2 ? pick(random, CLUSTERS) : pick(random, ONSETS);
  return onset + pick(random, VOWELS) + pick(random, CODAS);
}

/** A capitalised made-up word of 1–3 syllables, now and then with a diacritic. */
export function word(random: Random, maxSyllables = 3): string {
  const count = 1 + Math.floor(random() * maxSyllables);
  let out = "";
  for (let i = 0; i < count; i++) out += syllable(random);
  if (random() < ACCENT_SHARE) out = out.replace(/[aeiou]/, (v) => ACCENTED[v] ?? v);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const ORG_SUFFIXES = [
  "Group",
  "Holdings",
  "Partners",
  "Labs",
  "Institute",
  "Foundation",
  "Capital",
];
const MEDIA = ["Herald", "Courier", "Gazette", "Post", "Wire", "Ledger", "Signal"];
const GOVERNMENT = [(w: string) => `Ministry of ${w} Affairs`, (w: string) => `${w} City Council`];
const PROGRAM = [(w: string) => `Project ${w}`, (w: string) => `${w} Initiative`];
const EVENTS = ["Summit", "Forum", "hearing", "merger vote", "Accord signing", "trade fair"];
const PLACES = ["", " Harbour", " Valley", " Province", " Bay"];
const ASSETS = ["satellite network", "jet", "tanker", "data centre", "rail line"];

/** A label in the style of its kind: "Ada Quist", "Borealis Group", "The Varn Herald". */
export function labelFor(random: Random, kind: NodeKind): string {
  const w = word(random);
  switch (kind) {
    case "person":
      return `${word(random, 2)} ${w}`;
    case "organization":
      return `${w} ${pick(random, ORG_SUFFIXES)}`;
    case "media":
      return `The ${w} ${pick(random, MEDIA)}`;
    case "government":
      return pick(random, GOVERNMENT)(w);
    case "program":
      return pick(random, PROGRAM)(w);
    case "event":
      return `${w} ${pick(random, EVENTS)}`;
    case "place":
      return w + pick(random, PLACES);
    case "asset":
      return `${w} ${pick(random, ASSETS)}`;
  }
}

/** Draws labels until one is new, so every entity in a file has a distinct name. */
export function uniqueLabel(random: Random, kind: NodeKind, taken: Set<string>): string {
  for (;;) {
    const label = labelFor(random, kind);
    if (!taken.has(label)) {
      taken.add(label);
      return label;
    }
  }
}

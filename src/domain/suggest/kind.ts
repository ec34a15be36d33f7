import type { NodeKind } from "../model/types";

// Words in a name that say what it is, checked before the library's tags: "Corner Bakery" has none.
const NAME_CUES: readonly [RegExp, NodeKind][] = [
  [/\b(Project|Program|Programme|Initiative|Mission)\b/u, "program"],
  [
    /\b(Post|Times|Journal|News|Courier|Gazette|Herald|Tribune|CNBC|CNN|BBC|Reuters|Bloomberg)\b/u,
    "media",
  ],
  [
    /\b(Administration|Ministry|Department|Senate|Congress|Government|Parliament|Council|White House|Commission)\b/u,
    "government",
  ],
  [
    /(\b(Inc|Corp|Corporation|Ltd|LLC|AS|AG|GmbH|SA|Company|Co|Group|Bakery|Mill|Bank|University|Foundation|Association|Union)\b\.?|Co-op)$/u,
    "organization",
  ],
  [/\b(Airport|Street|Square|River|City|County|Island|Valley)$/u, "place"],
];

// Words around a mention: ", CEO of" after a name, "founder" before it, ", who" after it.
const PERSON_AFTER =
  /^(,\s+(who|CEO|chief|founder|president|chair|director)|\s+(said|says|told))\b/iu;
const PERSON_BEFORE =
  /\b(founder|CEO|President|Senator|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|tracker|minister)\s+$/u;
const PLACE_BEFORE = /\b(in|near|to|from)\s+$/u;
const ORG_BEFORE = /\b(CEO|founder|chief executive|head|owner) of\s+(the\s+)?$/iu;

/** Guesses a kind from the name, the words around its first mention and the library's tags. */
export function guessKind(
  name: string,
  before: string,
  after: string,
  tags: readonly string[],
): NodeKind {
  for (const [cue, kind] of NAME_CUES) if (cue.test(name)) return kind;
  if (ORG_BEFORE.test(before)) return "organization";
  if (tags.includes("Person") || PERSON_AFTER.test(after) || PERSON_BEFORE.test(before))
    return "person";
  if (tags.includes("Place") || PLACE_BEFORE.test(before)) return "place";
  return "organization";
}

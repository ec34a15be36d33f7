import { NODE_KINDS, type NodeKind, type Stance } from "../../model/types";

// Words other tools and spreadsheets use for Entente's kinds and stances, matched on whole words.
const KIND_WORDS: readonly (readonly [NodeKind, RegExp])[] = [
  ["person", /\b(person|people|individual|human|character|actor|politician|executive|author)\b/i],
  [
    "organization",
    /\b(organi[sz]ation|org|company|companies|business|firm|corporation|ngo|group|team|party)\b/i,
  ],
  ["media", /\b(media|newspaper|press|outlet|publication|broadcaster|journal)\b/i],
  [
    "government",
    /\b(government|agency|ministry|department|state|court|administration|regulator)\b/i,
  ],
  ["program", /\b(program(me)?|project|initiative|product|contract)\b/i],
  ["event", /\b(event|meeting|summit|election|incident)\b/i],
  ["place", /\b(place|location|city|country|region|site)\b/i],
  ["asset", /\b(asset|resource|fund|satellite|property)\b/i],
];

/** An Entente kind for another tool's type label, or undefined when none fits. */
export function kindOf(value: string | undefined): NodeKind | undefined {
  if (value === undefined) return undefined;
  const lower = value.trim().toLowerCase();
  if ((NODE_KINDS as readonly string[]).includes(lower)) return lower as NodeKind;
  return KIND_WORDS.find(([, words]) => words.test(lower))?.[0];
}

const ALLIANCE =
  /\b(ally|allies|alliance|allied|support\w*|friend\w*|partner\w*|cooperat\w*|collaborat\w*|positive|pos|agree\w*|trust)\b|^\+\d*$/i;
const RIVALRY =
  /\b(rival\w*|enem\w*|oppos\w*|conflict\w*|hostil\w*|compet\w*|feud\w*|negative|neg|against|attack\w*|distrust)\b|^-\d*$/i;

/** A stance from a label such as "rivalry", "supports" or a signed weight; undefined if it names none. */
export function stanceOf(value: string | undefined): Stance | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  if (ALLIANCE.test(text)) return "alliance";
  if (RIVALRY.test(text)) return "rivalry";
  if (/^neutral$/i.test(text)) return "neutral";
  return undefined;
}

import { z } from "zod";
import { CERTAINTIES, NODE_KINDS, STANCES } from "../model/types";

// Zod would otherwise compile validators with `new Function`, which a strict CSP forbids.
z.config({ jitless: true });

export const FORMAT_NAME = "entente-graph";
export const FORMAT_VERSION = 1;

/** Shape check only; whether the date exists on the calendar is checked separately. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Spaces, and characters that take no room on screen (zero-width space and joiners, soft hyphen,
 * Hangul fillers, the blank braille cell...): a label made only of these would be an invisible
 * entity, an id made only of these one nobody can type.
 */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFA0\u115F\u1160]/gu;
export const isBlank = (s: string): boolean => s.replace(INVISIBLE, "") === "";
const BLANK = "must not be blank (spaces and invisible characters only)";

const text = (description: string) =>
  z
    .string()
    .min(1)
    .refine((s) => !isBlank(s), BLANK)
    .meta({ description });

const id = (description: string) =>
  z
    .string()
    .min(1)
    .refine((s) => !isBlank(s), BLANK)
    .meta({ description });

const partialDate = (description: string) =>
  z
    .string()
    .regex(PARTIAL_DATE_PATTERN)
    .meta({ description, examples: ["2025", "2025-07", "2025-07-14"] });

const evidence = z.strictObject({
  quote: text(
    "A passage copied from the source text. Matching ignores curly vs straight quotes, dash styles and runs of whitespace.",
  ),
  attribution: text(
    'Who the source attributes the claim to, e.g. "multiple sources familiar with the matter".',
  ).optional(),
  certainty: z
    .enum(CERTAINTIES)
    .meta({
      description:
        "confirmed: stated as fact in the source's own voice; reported: attributed to someone else; speculative: hedged (likely, suggest, appears).",
    })
    .optional(),
});

const dated = {
  start: partialDate("When the relationship or state began.").optional(),
  end: partialDate("When it ended; must not be before start.").optional(),
  approximate: z
    .boolean()
    .meta({ description: "True when a date was inferred rather than stated by the source." })
    .optional(),
  // At least one quote, unless the graph declares itself imported: the loader checks that, and
  // the JSON Schema says it with an if/then at the top.
  evidence: z.array(evidence).meta({
    description:
      'Quotes from the source: at least one, except in a graph with "imported", where an empty list marks an element with no source yet.',
  }),
};

const position = z.strictObject({ x: z.number(), y: z.number() }).meta({
  description:
    "Where the node is placed: by its author in the editor, or by the tool the graph came from. The explorer draws it there.",
});

const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/)
  .meta({ description: "Colour the tool the graph came from gave it, #rrggbb." });

const node = z.strictObject({
  id: id("Unique across nodes and edges."),
  label: text("Display name."),
  aliases: z
    .array(text('Another name the source uses for it, e.g. "Bezos" for Jeff Bezos.'))
    .meta({ description: "Other names the source uses for the node; Search finds it by them." })
    .optional(),
  kind: z.enum(NODE_KINDS).meta({ description: "What the node is; sets its shape and colour." }),
  summary: text("One or two sentences shown in the details panel.").optional(),
  date: partialDate("When an event happened; dated nodes make the derived timeline.").optional(),
  position: position.optional(),
  color: color.optional(),
  ...dated,
});

const edge = z.strictObject({
  id: id("Unique across nodes and edges."),
  source: id("The id of the node the relationship starts from."),
  target: id("The id of the node the relationship points to."),
  stance: z.enum(STANCES).meta({ description: "How the two sides stand towards each other." }),
  relation: text('What the relationship is, in a few words, e.g. "competes with".'),
  color: color.optional(),
  ...dated,
});

const period = z.strictObject({
  id: id("Unique among periods; story steps refer to it."),
  label: text("Shown on the timeline."),
  start: partialDate("First date the period covers."),
  end: partialDate("Last date the period covers."),
});

const storyStep = z.strictObject({
  title: text("Heading of the step."),
  text: text("What the reader should notice.").optional(),
  nodes: z.array(id("A node id.")).meta({ description: "Nodes to highlight." }),
  edges: z.array(id("An edge id.")).meta({ description: "Edges to highlight." }),
  period: id("A period id to move the timeline to.").optional(),
});

export const CREDENTIALS = "must not contain a user name or password (user:password@)";
const hasCredentials = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.username !== "" || parsed.password !== "";
  } catch {
    return false;
  }
};

const source = z
  .strictObject({
    title: text("Headline of the source document."),
    publisher: text("Who published it.").optional(),
    published: partialDate("Publication date.").optional(),
    url: z
      .url({ protocol: /^https?$/ })
      // ?graph= refuses such addresses too: a link must not carry (or phish for) a password.
      .refine((url) => !hasCredentials(url), CREDENTIALS)
      .meta({ description: "Link to the original; http: or https: only.", pattern: "^https?://" })
      .optional(),
    credit: text("Credit line to show with the graph.").optional(),
    text: z
      .string()
      .meta({ description: "The source text itself. Give exactly one of text or textFile." })
      .optional(),
    textFile: text(
      "Path of a UTF-8 text file, relative to the graph file. Give exactly one of text or textFile.",
    ).optional(),
  })
  // The loader checks this itself (with a friendlier message); the schema tells editors.
  .meta({ oneOf: [{ required: ["text"] }, { required: ["textFile"] }] });

export const graphDocumentSchema = z
  .strictObject({
    $schema: z
      .string()
      .meta({ description: "Optional link to this schema, for editors." })
      .optional(),
    format: z.literal(FORMAT_NAME),
    version: z.literal(FORMAT_VERSION),
    title: text("Title of the graph."),
    imported: z
      .strictObject({
        format: text('What the file was, e.g. "GEXF 1.3 file (Gephi)".'),
        file: text("The name of the file it was opened from.").optional(),
      })
      .meta({
        description:
          "Present when the graph came from another tool's file (GEXF, GraphML, CSV…): such data has no quotes, so nodes and edges may have empty evidence until someone adds it.",
      })
      .optional(),
    source,
    periods: z
      .array(period)
      .meta({ description: "Timeline steps in order; derived from node dates when absent." })
      .optional(),
    openingStep: id(
      "The period id the app opens at when a link names no step; by default the last period, the present of the story.",
    ).optional(),
    nodes: z.array(node),
    edges: z.array(edge),
    story: z
      .array(storyStep)
      .meta({ description: "Optional guided walk through the graph." })
      .optional(),
  })
  .meta({
    // Without "imported", every node and edge cites at least one quote.
    if: { not: { required: ["imported"] } },
    then: {
      properties: {
        nodes: { items: { properties: { evidence: { minItems: 1 } } } },
        edges: { items: { properties: { evidence: { minItems: 1 } } } },
      },
    },
    title: "Entente graph, format v1",
    description:
      "A relationship graph drawn from one news source; every node and edge cites quotes from the source text. See docs/data-format.md.",
  });

/** A file that passed validation; `source.text` may still be missing when `textFile` is used. */
export type GraphDocument = z.infer<typeof graphDocumentSchema>;

export const SCHEMA_ID = "urn:entente:graph-format:v1";

/** The public JSON Schema for editors and other tools, generated from the same zod schema the loader uses. */
export function graphJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(graphDocumentSchema);
  return { $schema: generated.$schema, $id: SCHEMA_ID, ...generated };
}

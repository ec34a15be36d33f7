import type { GraphDocument } from "../src/domain/load/load";
import { pick, weighted, type Random } from "./random";

type Evidence = GraphDocument["nodes"][number]["evidence"][number];

const ATTRIBUTIONS = [
  "people familiar with the matter",
  "a spokesperson",
  "two former employees",
  "regulatory filings",
  "a person briefed on the talks",
];
const HEDGES = ["It appears that", "It is likely that", "Observers suggest that", "Reportedly,"];
const CERTAINTY_MIX = { confirmed: 0.7, reported: 0.2, speculative: 0.1 } as const;
const SENTENCES_PER_PARAGRAPH = 6;

/**
 * Writes the synthetic article one sentence per element and hands back that sentence as the
 * element's evidence. Each sentence ends with the element's id in brackets ("… [e12]."), which no
 * other sentence contains, so every quote anchors exactly once.
 */
export class ArticleWriter {
  private readonly paragraphs: string[] = [];
  private current: string[] = [];

  constructor(private readonly random: Random) {}

  /** `clause` is the claim in the source's own voice, starting with a name: "Ada Quist met …". */
  cite(id: string, clause: string): Evidence[] {
    const certainty = weighted(this.random, CERTAINTY_MIX);
    const tagged = `${clause} [${id}]`;
    let sentence: string;
    let attribution: string | undefined;
    if (certainty === "reported") {
      attribution = pick(this.random, ATTRIBUTIONS);
      sentence = `According to ${attribution}, ${tagged}.`;
    } else if (certainty === "speculative") {
      sentence = `${pick(this.random, HEDGES)} ${tagged}.`;
    } else {
      sentence = `${tagged}.`;
    }
    this.current.push(sentence);
    if (this.current.length === SENTENCES_PER_PARAGRAPH) this.endParagraph();
    return [
      attribution === undefined
        ? { quote: sentence, certainty }
        : { quote: sentence, attribution, certainty },
    ];
  }

  text(): string {
    this.endParagraph();
    return this.paragraphs.join("\n\n") + "\n";
  }

  private endParagraph(): void {
    if (this.current.length > 0) this.paragraphs.push(this.current.join(" "));
    this.current = [];
  }
}

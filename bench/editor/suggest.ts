import { readFileSync } from "node:fs";
import { suggest } from "../../src/domain/suggest";

export interface SuggestTimes {
  articleWords: number;
  articleMs: number;
  longWords: number;
  longMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
function time(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  return median(times);
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/**
 * The suggestions worker's own code in Node's V8: the article (median of 5) and a text of
 * 10,000+ words, the article's paragraphs repeated (median of 3), after one warm-up run.
 */
export function measureSuggestions(): SuggestTimes {
  const article = readFileSync("data/article.txt", "utf8");
  const long = Array.from({ length: Math.ceil(10_000 / words(article)) }, () => article).join("\n");
  suggest(article, "2025-07-20");
  return {
    articleWords: words(article),
    articleMs: time(5, () => suggest(article, "2025-07-20")),
    longWords: words(long),
    longMs: time(3, () => suggest(long, "2025-07-20")),
  };
}

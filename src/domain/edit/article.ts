/** The longest article the editor takes: far beyond any news story, short of freezing the page. */
export const MAX_ARTICLE_CHARS = 1_000_000;

const mb = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

/** Why a text cannot be the article of a new graph, in the author's words; null when it can. */
export function articleProblem(text: string, name = "The text"): string | null {
  if (text.trim() === "") return `${name} is empty: paste the article, or open a .txt or .md file.`;
  const sample = text.slice(0, 65_536);
  const broken = (sample.match(/\uFFFD/gu) ?? []).length;
  if (sample.includes("\u0000") || broken > sample.length / 100) {
    return `${name} is not plain text (it looks like a binary file such as a PDF or a Word document): save the article as .txt, or copy and paste its words.`;
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    return `${name} is ${mb(text.length)}; the editor takes one article of up to ${mb(MAX_ARTICLE_CHARS)} (about 150,000 words). Keep only the story you want to map.`;
  }
  return null;
}

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { checkArticleCopy, run, validateFile } from "./validate";

const fixture = (name: string) => `tests/fixtures/graphs/${name}`;

describe("validate CLI", () => {
  it("loads a graph whose text lives in a file beside it, and summarises it", () => {
    expect(validateFile(fixture("text-file.json"), true)).toEqual({
      lines: [
        "tests/fixtures/graphs/text-file.json: 3 nodes, 1 edge, 4 quotes anchored, 0 errors, 0 warnings",
      ],
      errors: 0,
    });
  });

  it("checks named files leniently unless --strict is given", () => {
    const [lenient] = run([fixture("lenient.json")]);
    expect(lenient?.errors).toBe(0);
    expect(lenient?.lines.at(-1)).toBe(
      "tests/fixtures/graphs/lenient.json: 1 node, 0 edges, 0 quotes anchored, 1 unverified, 0 errors, 2 warnings",
    );
    const [strict] = run(["--strict", fixture("lenient.json")]);
    expect(strict?.errors).toBe(2);
    expect(strict?.lines).toEqual([
      expect.stringContaining('error nodes[0].colour: unknown field "colour"'),
      expect.stringContaining("error nodes[0].evidence[0].quote: quote not found"),
      "tests/fixtures/graphs/lenient.json: not loaded; 2 errors, 0 warnings",
    ]);
  });

  it("reports syntax errors with their position, and unreadable files", () => {
    // Written at run time: Prettier would "fix" a broken JSON fixture in the tree.
    const broken = join(mkdtempSync(join(tmpdir(), "validate-")), "broken.json");
    writeFileSync(broken, '{\n  "format": "entente-graph",\n  "version": 1,\n}\n');
    const name = relative(process.cwd(), broken);
    expect(run([broken, fixture("missing.json")])).toEqual([
      {
        lines: [
          `${name}: error: invalid JSON at line 3, column 15: trailing comma before "}" — fix: remove the comma after the last item`,
          `${name}: not loaded; 1 error, 0 warnings`,
        ],
        errors: 1,
      },
      {
        lines: [expect.stringMatching(/missing\.json: error: cannot read the file \(ENOENT/)],
        errors: 1,
      },
    ]);
  });

  it("finds data/article.txt identical to the shared source when that exists", () => {
    expect(checkArticleCopy().errors).toBe(0);
  });
});

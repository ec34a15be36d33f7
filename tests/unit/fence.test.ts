// The layer fence (.dependency-cruiser.cjs) tried on a scratch tree shaped like src/: one wrong
// import per layer, and a cycle, each must be reported by the rule that forbids it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cruise } from "dependency-cruiser";
import type { ICruiseResult, IViolation } from "dependency-cruiser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const config = createRequire(import.meta.url)(join(ROOT, ".dependency-cruiser.cjs")) as {
  forbidden: unknown[];
  options: object;
};

// Modules every probe can import; each layer's probe imports one it must not.
const STUBS = [
  "src/domain/model/types.ts",
  "src/state/store.ts",
  "src/graph/index.ts",
  "src/graph/controller.ts",
  "src/components/Panel.tsx",
  "src/app/Explorer.tsx",
  "src/workers/runInWorker.ts",
  "src/workers/parseStep.ts",
  "tests/helpers/factory.ts",
];

// [layer, probe file, import, rule that must catch it]
const WRONG: [string, string, string, string][] = [
  ["domain", "src/domain/probe.ts", "../state/store", "domain-outward"],
  ["domain", "src/domain/probe.tsx", "../app/Explorer", "domain-outward"],
  ["domain", "src/domain/ui.ts", "react", "domain-ui-packages"],
  ["domain", "src/domain/canvas.ts", "cytoscape", "domain-ui-packages"],
  ["workers", "src/workers/probe.ts", "../state/store", "workers-outward"],
  ["state", "src/state/probe.tsx", "../graph/index", "state-outward"],
  ["state", "src/state/canvas.tsx", "cytoscape", "state-canvas-packages"],
  ["graph", "src/graph/probe.ts", "../components/Panel", "graph-outward"],
  ["graph", "src/graph/app.tsx", "../app/Explorer", "graph-outward"],
  ["components", "src/components/probe.tsx", "../graph/controller", "components-outward"],
  ["components", "src/components/app.ts", "../app/Explorer", "components-outward"],
  ["components", "src/components/cy.tsx", "react-cytoscapejs", "components-canvas-packages"],
  ["app code", "src/app/probe.ts", "../../tests/helpers/factory", "no-tests-in-app-code"],
];

// What each layer may import: none of these may be reported.
const RIGHT: [string, string][] = [
  ["src/domain/ok.ts", "./model/types"],
  ["src/domain/zod.ts", "zod"],
  ["src/state/ok.ts", "../domain/model/types"],
  ["src/graph/ok.ts", "../workers/runInWorker"],
  ["src/graph/state.ts", "../state/store"],
  ["src/components/ok.tsx", "../graph/index"],
  ["src/workers/ok.ts", "../domain/model/types"],
  ["src/app/ok.tsx", "../graph/controller"],
  ["src/domain/model/types.test.ts", "../../../tests/helpers/factory"],
];

let scratch = "";
let violations: IViolation[] = [];

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(scratch, path)), { recursive: true });
  writeFileSync(join(scratch, path), text);
};
const importing = (specifier: string) => `import "${specifier}";\nexport const probe = 1;\n`;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "entente-fence-"));
  // Packages resolve from the project's node_modules, as they would in src/.
  symlinkSync(join(ROOT, "node_modules"), join(scratch, "node_modules"));
  for (const path of STUBS) write(path, "export const stub = 1;\n");
  for (const [, path, specifier] of WRONG) write(path, importing(specifier));
  for (const [path, specifier] of RIGHT) write(path, importing(specifier));
  write("src/domain/cycle/a.ts", 'import type { B } from "./b";\nexport type A = { b?: B };\n');
  write("src/domain/cycle/b.ts", 'import type { A } from "./a";\nexport type B = { a?: A };\n');
  write("tsconfig.json", JSON.stringify({ compilerOptions: { jsx: "react-jsx", strict: true } }));
  const cwd = process.cwd();
  process.chdir(scratch);
  try {
    const result = await cruise(["src"], {
      ...config.options,
      ruleSet: { forbidden: config.forbidden },
      validate: true,
      outputType: "json",
    } as never);
    const output = (
      typeof result.output === "string" ? JSON.parse(result.output) : result.output
    ) as ICruiseResult;
    violations = output.summary.violations;
  } finally {
    process.chdir(cwd);
  }
  // Loading TypeScript and cruising takes a few seconds, much longer on a loaded machine: this
  // guards against a hang only, it times nothing.
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const reported = (from: string) =>
  violations.filter((v) => v.from === from).map((v) => `${v.rule.name} → ${v.to}`);

describe("the layer fence", () => {
  it.each(WRONG)("stops %s: %s importing %s", (_layer, path, specifier, rule) => {
    const found = reported(path);
    expect(found.length, `${path} importing ${specifier}: ${found.join("; ")}`).toBe(1);
    expect(found[0]).toMatch(new RegExp(`^${rule} → `));
  });

  it.each(RIGHT)("lets %s import %s", (path) => {
    expect(reported(path)).toEqual([]);
  });

  it("stops an import cycle, type-only imports included", () => {
    const cycles = violations.filter((v) => v.rule.name === "no-circular");
    expect(cycles.map((v) => [v.from, v.to])).toEqual([
      ["src/domain/cycle/a.ts", "src/domain/cycle/b.ts"],
    ]);
  });
});

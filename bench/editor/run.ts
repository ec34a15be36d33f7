// npm run bench:editor — only the editor's rows of `npm run bench` (suggestions, an edit on a
// 1,000-element draft, the editor's share of initial JS), for working on them; same code, same targets.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../runner/pages";
import { initialBundle } from "../runner/prepare";
import { serveStatic } from "../runner/server";
import { editorVerdicts } from "../runner/targets";
import { buildWithoutEditor, measureEditor } from "./index";

const TMP = fileURLToPath(new URL("../tmp/", import.meta.url));
mkdirSync(TMP, { recursive: true });
execFileSync(
  "npx",
  ["vite", "build", "--logLevel", "warn", "--outDir", `${TMP}app`, "--emptyOutDir"],
  {
    stdio: "inherit",
  },
);
await buildWithoutEditor(`${TMP}app-without-editor`);
const server = await serveStatic(TMP);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  const editor = await measureEditor(
    browser,
    `${server.origin}/app/index.html`,
    TMP,
    `${TMP}app-without-editor`,
  );
  for (const v of editorVerdicts(editor, initialBundle(`${TMP}app`)))
    console.log(`${v.met === null ? "?" : v.met ? "met" : "MISSED"}  ${v.target}: ${v.value}`);
} finally {
  await browser.close();
  await server.close();
}

import { build } from "vite";
import type { Browser } from "playwright-core";
import { initialBundle } from "../runner/prepare";
import type { BundleSize } from "../runner/prepare";
import { measureEditPaint } from "./paint";
import type { EditPaint } from "./paint";
import { withoutEditor } from "./stub";
import { measureSuggestions } from "./suggest";
import type { SuggestTimes } from "./suggest";

export interface EditorResult {
  suggest: SuggestTimes;
  paint: EditPaint | { error: string };
  /** The explorer built without the editor's gate and buttons, for the editor's share. */
  withoutEditor: BundleSize;
}

/** The app as built, less the editor: only what it adds to the explorer's first load differs. */
export async function buildWithoutEditor(outDir: string): Promise<void> {
  await build({
    logLevel: "warn",
    plugins: [withoutEditor()],
    build: { outDir, emptyOutDir: true },
  });
}

export async function measureEditor(
  browser: Browser,
  appUrl: string,
  dir: string,
  withoutEditorDir: string,
): Promise<EditorResult> {
  console.log("editor: suggestions, an edit on a 1,000-element draft, initial JS");
  const suggest = measureSuggestions();
  let paint: EditorResult["paint"];
  try {
    paint = await measureEditPaint(browser, appUrl, dir);
  } catch (error) {
    paint = { error: error instanceof Error ? error.message : String(error) };
  }
  return { suggest, paint, withoutEditor: initialBundle(withoutEditorDir) };
}

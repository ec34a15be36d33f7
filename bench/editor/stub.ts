import type { Plugin } from "vite";

// What the explorer would be without the editor: its gate renders the explorer alone and the
// toolbar has no editor buttons. Built this way once, it gives the editor's share of initial JS.
const STUBS: Record<string, string> = {
  "/src/app/EditorGate.tsx": "export function EditorGate({ children }) { return children; }",
  "/src/components/toolbar/EditButtons.tsx": "export function EditButtons() { return null; }",
};

export const withoutEditor = (): Plugin => ({
  name: "entente-bench-without-editor",
  enforce: "pre",
  load(id) {
    const path = id.split("?")[0] ?? id;
    const stub = Object.entries(STUBS).find(([end]) => path.endsWith(end));
    return stub ? { code: stub[1], moduleType: "js" } : null;
  },
});

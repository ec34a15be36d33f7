import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Layering: domain is pure (no UI, no canvas, no DOM); state may use domain only.
const uiPackages = [
  "react",
  "react-dom",
  "react-dom/*",
  "cytoscape",
  "cytoscape-*",
  "react-cytoscapejs",
  "zustand",
  "zustand/*",
];

export default tseslint.config(
  {
    ignores: ["dist", "coverage", "node_modules", "bench/results", "bench/tmp", "tests/artifacts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "No raw HTML: render text through React.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["src/domain/**/*.ts"],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: uiPackages,
              message: "src/domain is pure TypeScript: no React, Cytoscape or store.",
            },
            {
              group: ["**/state/**", "**/graph/**", "**/components/**"],
              message: "src/domain must not depend on outer layers.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "navigator",
        "localStorage",
        "location",
      ],
    },
  },
  {
    files: ["src/state/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react-dom", "cytoscape", "cytoscape-*", "react-cytoscapejs"],
              message: "The store holds data, not the canvas.",
            },
            {
              group: ["**/graph/**", "**/components/**"],
              message: "src/state must not depend on UI layers.",
            },
          ],
        },
      ],
    },
  },
);

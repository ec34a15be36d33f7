// The layer fence: which part of src/ may import which, and no import cycles (type-only imports
// count: tsPreCompilationDeps). `npm run lint` runs it; tests/fence.test.ts proves each rule bites.
//
//   domain      → nothing outside src/domain; npm packages only if not UI (React, Cytoscape, zustand)
//   workers     → domain (a worker runs apart from the page: no store, no canvas, no UI)
//   state       → domain (and zustand/React for the store's hook), never the canvas or the UI
//   graph       → domain, state, and workers' runInWorker
//   components  → domain, state and the canvas's public entry, src/graph/index.ts
//   app (src/app, src/App.tsx, src/main.tsx) → anything
//
// Test files (*.test.ts[x]) are outside the fence: they may reach into tests/ and any layer. DOM
// globals in src/domain are ESLint's part (no-restricted-globals in eslint.config.js).

const TEST = "\\.test\\.tsx?$";
const UI_PACKAGES =
  "node_modules/(react|react-dom|react-cytoscapejs|cytoscape|cytoscape-[^/]+|zustand)/";

/** `from` may import nothing in src/ outside `allowed` (a regular expression of paths). */
const layer = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: "error",
  from: { path: from, pathNot: TEST },
  to: { path: "^src/", pathNot: allowed },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "An import cycle: split the shared part into a module both can import.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    layer("domain-outward", "^src/domain/", "^src/domain/", "src/domain imports only src/domain."),
    {
      name: "domain-ui-packages",
      comment: "src/domain is pure TypeScript: no React, Cytoscape or store.",
      severity: "error",
      from: { path: "^src/domain/", pathNot: TEST },
      to: { path: UI_PACKAGES },
    },
    layer(
      "workers-outward",
      "^src/workers/",
      "^src/(workers|domain)/",
      "Workers import domain only.",
    ),
    layer("state-outward", "^src/state/", "^src/(state|domain)/", "src/state imports domain only."),
    {
      name: "state-canvas-packages",
      comment: "The store holds data, not the canvas.",
      severity: "error",
      from: { path: "^src/state/", pathNot: TEST },
      to: { path: "node_modules/(react-dom|react-cytoscapejs|cytoscape|cytoscape-[^/]+)/" },
    },
    layer(
      "graph-outward",
      "^src/graph/",
      "^src/(graph|domain|state)/|^src/workers/runInWorker\\.ts$",
      "src/graph imports domain, state and workers' runInWorker only.",
    ),
    layer(
      "components-outward",
      "^src/components/",
      "^src/(components|domain|state)/|^src/graph/index\\.ts$",
      "Components import domain, state and src/graph/index.ts (the canvas's public entry) only.",
    ),
    {
      name: "components-canvas-packages",
      comment: "Components reach the canvas through src/graph/index.ts, not Cytoscape.",
      severity: "error",
      from: { path: "^src/components/", pathNot: TEST },
      to: { path: "node_modules/(react-cytoscapejs|cytoscape|cytoscape-[^/]+)/" },
    },
    {
      name: "no-tests-in-app-code",
      comment: "Test helpers and fixtures live in tests/; app code never imports them.",
      severity: "error",
      from: { path: "^src/", pathNot: TEST },
      to: { path: "^tests/|node_modules/(vitest|@testing-library/[^/]+|fast-check)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.(css|json)$|\\?raw$" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};

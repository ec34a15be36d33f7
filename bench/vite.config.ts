import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const page = (name: string) => fileURLToPath(new URL(`./reference/${name}.html`, import.meta.url));

// The two reference pages the benchmark runs next to the app: `vite build -c bench/vite.config.ts`.
// Built into bench/tmp/, which git, ESLint and Prettier already ignore, so a minified bundle never
// fails `npm run lint`; the generated graphs sit beside it, one static server serves both.
export default defineConfig({
  root: fileURLToPath(new URL("./reference", import.meta.url)),
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("./tmp/reference", import.meta.url)),
    emptyOutDir: true,
    // Cytoscape alone is ~500 kB minified; that is the point of the page, not a problem.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: { input: { bare: page("bare"), naive: page("naive") } },
  },
});

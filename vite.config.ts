import { readdirSync, readFileSync } from "node:fs";
import { defineConfig, loadEnv } from "vite";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { articleGraph } from "./deploy/articleGraph";
import { contentSecurityPolicy as pagePolicy, headersFile } from "./deploy/headers";

const EXAMPLES_DIR = new URL("./data/examples/", import.meta.url);

/**
 * VITE_GRAPH_ORIGINS as a list of `scheme://host[:port]`. A typo fails the build rather than
 * silently refusing (or allowing) the wrong site.
 */
export function parseOriginList(raw: string): string[] {
  const origins = new Set<string>();
  for (const entry of raw.split(",").map((part) => part.trim())) {
    if (entry === "") continue;
    const url = URL.canParse(entry) ? new URL(entry) : null;
    const bare = url !== null && url.pathname === "/" && !url.search && !url.hash && !url.username;
    if (url === null || !bare || !["http:", "https:"].includes(url.protocol)) {
      throw new Error(
        `VITE_GRAPH_ORIGINS: "${entry}" is not an origin like https://data.example.org`,
      );
    }
    origins.add(url.origin);
  }
  return [...origins];
}

/**
 * The built page's Content-Security-Policy as a meta tag, and the full set of headers (which a
 * meta tag cannot carry: frame-ancestors, and the policy of worker scripts) as dist/_headers for
 * Netlify and Cloudflare Pages. Build only: the dev server's React refresh needs an inline script.
 */
function contentSecurityPolicy(graphOrigins: readonly string[]): Plugin {
  return {
    name: "entente:csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: pagePolicy(graphOrigins) },
        injectTo: "head-prepend",
      },
    ],
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile(graphOrigins) });
    },
  };
}

/**
 * Publishes data/examples/ as examples/ beside the app, so `?graph=examples/<file>.json` opens
 * one on any deployment (and in the e2e suite, which serves the build).
 */
function exampleGraphs(): Plugin {
  const names = () => readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith(".json"));
  return {
    name: "entente:examples",
    configureServer(server) {
      server.middlewares.use("/examples", (req, res, next) => {
        const name = decodeURIComponent((req.url ?? "").split("?")[0]?.slice(1) ?? "");
        if (!names().includes(name)) return next();
        res.setHeader("Content-Type", "application/json");
        res.end(readFileSync(new URL(name, EXAMPLES_DIR)));
      });
    },
    generateBundle() {
      for (const name of names()) {
        const source = readFileSync(new URL(name, EXAMPLES_DIR));
        this.emitFile({ type: "asset", fileName: `examples/${name}`, source });
      }
    },
  };
}

// Relative base: the built site works from any sub-path (GitHub Pages, a newsroom CMS folder).
export default defineConfig(({ mode }) => {
  // Comma-separated origins besides the app's own that ?graph= may load from; none by default.
  const graphOrigins = parseOriginList(
    loadEnv(mode, process.cwd(), "VITE_").VITE_GRAPH_ORIGINS ?? "",
  );
  return {
    base: "./",
    plugins: [react(), articleGraph(), contentSecurityPolicy(graphOrigins), exampleGraphs()],
    define: { "import.meta.env.VITE_GRAPH_ORIGINS": JSON.stringify(graphOrigins.join(",")) },
    // No source maps: they would publish the whole source (3.3 MB) beside the app.
    build: {
      outDir: "dist",
      sourcemap: false,
      // React and Cytoscape in one chunk: with panels loaded on demand the bundler would split
      // them into several small shared chunks, each gzipped alone, which costs ~2 KB of the first
      // download (issue 14's 250 KB budget).
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                name: "vendor",
                test: /node_modules[\\/](react|react-dom|scheduler|cytoscape|react-cytoscapejs|prop-types|zustand|use-sync-external-store)[\\/]/,
              },
              // Likewise the few domain modules that both the first view and the panels loaded on
              // demand use: five chunks of 170–600 bytes each became one (0.4 KB less to download).
              {
                name: "domain",
                test: /src[\\/]domain[\\/](model[\\/](types|dates)|view[\\/](filters|search)|load[\\/]problems)\.ts$/,
              },
            ],
          },
        },
      },
    },
    server: { host: "127.0.0.1", port: 5173 },
    preview: { host: "127.0.0.1", port: 4173 },
  };
});

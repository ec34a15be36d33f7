import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Relative base: the built site works from any sub-path (GitHub Pages, a newsroom CMS folder).
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: { outDir: "dist", sourcemap: true },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 },
});

declare global {
  interface ImportMetaEnv {
    /** Checked and normalised at build time by vite.config.ts (parseOriginList). */
    readonly VITE_GRAPH_ORIGINS?: string;
  }
}

/** Sites besides this one that ?graph= may load from; the CSP's connect-src lists the same. */
export const ALLOWED_ORIGINS: readonly string[] = (import.meta.env.VITE_GRAPH_ORIGINS ?? "")
  .split(",")
  .filter((origin) => origin !== "");

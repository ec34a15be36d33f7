/** The src/domain folders `npm run mutate` tests, each with its own incremental file. */
export const FOLDERS = [
  "model",
  "load",
  "open",
  "view",
  "analysis",
  "story",
  "formats",
  "edit",
  "suggest",
];

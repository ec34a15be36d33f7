/**
 * Flags for every headless Chromium we start (e2e suite and benchmark): quiet and reproducible,
 * no sandbox (CI runs as root), no GPU, and nothing that phones home, since the machine only
 * reaches the package registries.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

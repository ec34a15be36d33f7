// The security headers a deployment sends, in one place: the build writes them into the page (as
// far as a meta tag can carry them) and into dist/_headers, deploy/nginx.conf repeats them (a test
// keeps it in step), and the e2e suite serves dist/ with them.

/**
 * The Content-Security-Policy. Cytoscape sets inline styles, hence style-src 'unsafe-inline';
 * scripts get no such allowance and nothing may eval (zod runs jitless). connect-src lists the
 * graph origins that ?graph= may fetch from, so the two allowlists cannot drift apart.
 * frame-ancestors only works as an HTTP header (a meta tag's is ignored), so `header` adds it.
 */
export function contentSecurityPolicy(
  graphOrigins: readonly string[],
  { header = false }: { header?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    ["connect-src 'self'", ...graphOrigins].join(" "),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}

/**
 * Sent with every file, scripts included: a worker runs under the policy its own script arrives
 * with, not the page's, so without the header a worker could eval strings.
 */
export function securityHeaders(graphOrigins: readonly string[]): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(graphOrigins, { header: true }),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  };
}

/** Netlify's and Cloudflare Pages' `_headers` format: a path pattern, then indented headers. */
export function headersFile(graphOrigins: readonly string[]): string {
  const lines = Object.entries(securityHeaders(graphOrigins)).map(([k, v]) => `  ${k}: ${v}`);
  return [
    "# Written by the build (deploy/headers.ts); edit that, not this.",
    "/*",
    ...lines,
    "",
  ].join("\n");
}

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Reads a `_headers` file back: what a host would make of it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers for `path` under `rules`; `*` matches any run of characters, as on those hosts. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
    if (new RegExp(`^${escaped}$`).test(path)) Object.assign(out, headers);
  }
  return out;
}

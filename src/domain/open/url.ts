import { describeValue, error } from "../load/problems";
import type { Problem } from "../model/types";

export type GraphUrlResult =
  { ok: true; url: URL; external: boolean } | { ok: false; problem: Problem };

export type TextFileUrlResult = { ok: true; url: URL } | { ok: false; problem: Problem };

const WEB_PROTOCOLS = new Set(["http:", "https:"]);

function parse(raw: string, base?: string): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

// Credentials in a shared link would be sent to the server silently, and `trusted@evil.example`
// is a classic way to make a link look like it goes somewhere it does not.
const hasUserInfo = (url: URL): boolean => url.username !== "" || url.password !== "";

/** The link as an absolute http(s) address without credentials, or null: the last guard before any href is rendered. */
export function webLink(raw: string | undefined): string | null {
  const url = raw === undefined ? null : parse(raw);
  return url !== null && WEB_PROTOCOLS.has(url.protocol) && !hasUserInfo(url) ? url.href : null;
}

const fail = (path: string[], message: string, fix: string) =>
  ({ ok: false, problem: error(path, message, fix) }) as const;

/**
 * `?graph=.`, `?graph=%00` (the URL parser drops control characters, leaving the page itself), a
 * folder or index.html: each fetches the app's own page, which is no graph and may be large.
 */
function isTheApp(url: URL, page: URL): boolean {
  if (url.origin !== page.origin) return false;
  const last = url.pathname.split("/").pop() ?? "";
  return url.pathname === page.pathname || last === "" || /^index\.html?$/i.test(last);
}

/**
 * Where a "load by URL" request may go: the app's own site, or an origin the deployment lists
 * (exact match, so `https://example.org.evil.example` never passes for `https://example.org`).
 */
export function resolveGraphUrl(
  raw: string,
  pageUrl: string,
  allowedOrigins: readonly string[],
): GraphUrlResult {
  const trimmed = raw.trim();
  if (trimmed === "") {
    return fail([], "No address was given.", "Paste the address of a .json graph file.");
  }
  const page = parse(pageUrl);
  const url = page === null ? parse(trimmed) : parse(trimmed, page.href);
  if (url === null) {
    return fail(
      [],
      `${describeValue(trimmed)} is not a web address.`,
      "Paste the full address, starting with https://.",
    );
  }
  if (!WEB_PROTOCOLS.has(url.protocol)) {
    const message = `Only web addresses (https://…) can be opened; this one starts with "${url.protocol}".`;
    return fail([], message, "Paste the https:// address of the graph file.");
  }
  if (hasUserInfo(url)) {
    const message =
      "Addresses with a user name or password in them (user:password@…) are not opened.";
    return fail([], message, "Remove the part up to and including the @.");
  }
  if (page !== null && isTheApp(url, page)) {
    const message = `${describeValue(trimmed)} leads to this app's own page, not to a graph file.`;
    return fail([], message, "Give the address of a .json graph file.");
  }
  if (page !== null && url.origin === page.origin) return { ok: true, url, external: false };
  if (allowedOrigins.includes(url.origin)) return { ok: true, url, external: true };
  const message = `Entente opens graph files from this site and from sites it trusts; ${url.origin} is not one of them.`;
  return fail([], message, "Download the file and open it from your computer instead.");
}

/**
 * Where `source.textFile` points, resolved like a relative link in the graph file. It must stay
 * on the graph file's own site: a graph from a trusted site must not pull text from anywhere.
 * `../` is harmless here: on the web it can only reach what the same server already publishes.
 */
export function resolveTextFile(textFile: string, graphUrl: URL): TextFileUrlResult {
  const path = ["source", "textFile"];
  const fix = 'put the text file next to the graph file, or inline the article as "source.text"';
  const url = parse(textFile, graphUrl.href);
  if (url === null) {
    return fail(
      path,
      `${describeValue(textFile)} cannot be read as a path from the graph file`,
      fix,
    );
  }
  if (!WEB_PROTOCOLS.has(url.protocol) || hasUserInfo(url) || url.origin !== graphUrl.origin) {
    const message = `${describeValue(textFile)} points away from the graph file's site (${graphUrl.origin}); the source text must come from the same site`;
    return fail(path, message, fix);
  }
  return { ok: true, url };
}

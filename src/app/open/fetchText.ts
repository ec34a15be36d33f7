// Each from its own file, not the barrel: the barrel is in the app's first download, these are not.
import { notAGraphFile } from "../../domain/open/files";
import { checkResponse } from "../../domain/open/response";
import type { Fetched } from "../../domain/open/response";
import { LIMIT, MAX_GRAPH_BYTES } from "../../domain/open/size";
import { sniffBinary } from "../../domain/open/sniff";
import { error } from "../../domain/load/problems";
import { decodeUtf8 } from "../../domain/load/utf8";
import type { Problem } from "../../domain/model/types";

/** How long one request may take before the reader is told the server is too slow. */
export const FETCH_TIMEOUT_MS = 15_000;

export type FetchTextResult = { ok: true; text: string } | { ok: false; problem: Problem };

const NAMES: Record<Fetched, string> = { graph: "graph file", text: "source text file" };

/** Why a fetch threw: it took too long, or the request never completed. */
function unreachable(what: Fetched, url: URL, signal: AbortSignal): Problem {
  if (signal.reason instanceof DOMException && signal.reason.name === "TimeoutError") {
    const message = `${url.host} took too long to send the ${NAMES[what]}.`;
    return error([], message, "Try again later, or download the file and open it instead.");
  }
  // fetch hides the cause on purpose: CORS, DNS and a refused redirect all look alike to a page.
  const message = `The ${NAMES[what]} could not be fetched from ${url.host}: the server did not answer, does not share it with other sites, or redirected the request (Entente does not follow redirects).`;
  const fix = "Check the address, or download the file and open it from your computer.";
  return error([], message, fix);
}

const tooLarge = (what: Fetched): Problem =>
  error(
    [],
    `The ${NAMES[what]} is larger than ${LIMIT}, the most Entente opens.`,
    "Check that this is the right file.",
  );

function joinBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  const all = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.byteLength;
  }
  return all;
}

/** Reads the body, stopping at the size limit whatever Content-Length claimed (or omitted). */
async function readCapped(
  body: ReadableStream<Uint8Array>,
  what: Fetched,
): Promise<FetchTextResult> {
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return decodeUtf8(joinBytes(parts, bytes), `the ${NAMES[what]}`);
    // A picture served as application/octet-stream would otherwise surface as a JSON syntax error.
    const format = bytes === 0 && what === "graph" ? sniffBinary(value) : null;
    bytes += value.byteLength;
    if (format !== null || bytes > MAX_GRAPH_BYTES) {
      await reader.cancel();
      return { ok: false, problem: format !== null ? notAGraphFile(format) : tooLarge(what) };
    }
    parts.push(value);
  }
}

/**
 * GETs a graph or source text with the rules a link from anywhere deserves: no cookies, no
 * redirects (they could leave the trusted sites), a response check before reading, and a cap on
 * the bytes read. `signal` cancels it when a newer load starts.
 */
export async function fetchText(
  url: URL,
  what: Fetched,
  signal: AbortSignal,
): Promise<FetchTextResult> {
  const timed = AbortSignal.any([signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]);
  try {
    const response = await fetch(url, { credentials: "omit", redirect: "error", signal: timed });
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    const problem = checkResponse(
      {
        status: response.status,
        redirected: response.redirected,
        contentType: response.headers.get("content-type"),
        contentLength: Number.isFinite(length) ? length : null,
      },
      what,
    );
    if (problem !== null) return { ok: false, problem };
    return response.body === null ? { ok: true, text: "" } : await readCapped(response.body, what);
  } catch {
    return { ok: false, problem: unreachable(what, url, timed) };
  }
}

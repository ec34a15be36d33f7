import { error } from "../load/problems";
import type { Problem } from "../model/types";
import { formatSize, LIMIT, MAX_GRAPH_BYTES } from "./size";

/** The parts of a fetch Response the policy looks at, so it can be judged without the network. */
export interface ResponseMeta {
  status: number;
  redirected: boolean;
  contentType: string | null;
  contentLength: number | null;
}

export type Fetched = "graph" | "text";

const NAMES: Record<Fetched, string> = { graph: "the graph file", text: "the source text file" };
const SUBJECTS: Record<Fetched, string> = { graph: "The graph file", text: "The source text file" };

const STATUS_TEXT = new Map([
  [400, "Bad Request"],
  [401, "Unauthorized"],
  [403, "Forbidden"],
  [404, "Not Found"],
  [408, "Request Timeout"],
  [410, "Gone"],
  [429, "Too Many Requests"],
  [500, "Internal Server Error"],
  [502, "Bad Gateway"],
  [503, "Service Unavailable"],
  [504, "Gateway Timeout"],
]);

function statusFix(status: number): string {
  if (status === 404 || status === 410) return "Check the address; the file may have moved.";
  if (status === 401 || status === 403) {
    return "The file is not public: download it and open it from your computer instead.";
  }
  if (status === 429 || status >= 500) return "The server is busy or failing; try again later.";
  return "Check the address, or download the file and open it from your computer.";
}

// Servers label JSON loosely, so for the graph anything JSON-like or plain is let through and the
// parser judges it. text/html is refused by name: static hosts often answer a missing file with
// their home page and status 200, and that page would otherwise surface as a JSON syntax error.
const JSON_TYPES = new Set([
  "application/json",
  "text/json",
  "text/plain",
  "application/octet-stream",
]);

function acceptable(type: string, what: Fetched): boolean {
  if (what === "text") return type.startsWith("text/");
  return JSON_TYPES.has(type) || /^[\w.+-]+\/[\w.+-]+\+json$/.test(type);
}

/** Why a response to a graph or source-text request must not be read, or null when it may be. */
export function checkResponse(meta: ResponseMeta, what: Fetched): Problem | null {
  const name = NAMES[what];
  const { status } = meta;
  if (status === 0) {
    // What fetch reports for an opaque answer: something replied, but the browser hides it.
    const message = `The server gave no readable answer for ${name}.`;
    return error([], message, "Check the address, or download the file and open it instead.");
  }
  if (status < 200 || status > 299) {
    const answer = [status, STATUS_TEXT.get(status)].filter((part) => part !== undefined).join(" ");
    return error([], `The server answered ${answer} for ${name}.`, statusFix(status));
  }
  if (meta.redirected) {
    // A redirect could lead off the trusted sites the address was checked against.
    const message = `The server redirected the request for ${name} to another address; Entente does not follow redirects.`;
    return error([], message, "Use the file's final address directly.");
  }
  const type = meta.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html") {
    const message = `The server sent a web page, not ${what === "graph" ? "a graph file" : name}.`;
    const fix =
      "Check that the address points at the file itself; a missing file often comes back as the site's home page.";
    return error([], message, fix);
  }
  if (type !== "" && !acceptable(type, what)) {
    return error(
      [],
      `The server sent ${type} content, not ${name}.`,
      "Check the address points at the right file.",
    );
  }
  // Content-Length is only a first line of defence (it may be missing or describe the compressed
  // body); whoever reads the body must still stop at the limit.
  if (meta.contentLength !== null && meta.contentLength > MAX_GRAPH_BYTES) {
    const message = `${SUBJECTS[what]} is ${formatSize(meta.contentLength)}; Entente opens files of up to ${LIMIT}.`;
    return error([], message, "Check that this is the right file.");
  }
  return null;
}

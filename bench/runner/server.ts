import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".map": "application/json",
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `root` read-only on loopback, on a free port; nothing outside `root` is reachable.
 * `headers` adds response headers by path (the e2e suite serves a deployment's _headers).
 */
export async function serveStatic(
  root: string,
  headers: (path: string) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
    const isFile = file.startsWith(base) && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!isFile) {
      res.writeHead(404).end();
      return;
    }
    // Every run rebuilds: a cached bundle from an earlier run must never be measured.
    res.writeHead(200, {
      ...headers(path),
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

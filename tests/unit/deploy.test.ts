import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  headersFile,
  headersFor,
  parseHeadersFile,
  securityHeaders,
} from "../../deploy/headers";

const NGINX = readFileSync(new URL("../../deploy/nginx.conf", import.meta.url), "utf8");

describe("deployment headers", () => {
  it("refuse framing and string eval, in the header only (a meta tag ignores frame-ancestors)", () => {
    const header = securityHeaders([])["Content-Security-Policy"];
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain("script-src 'self';");
    expect(header).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy([])).not.toContain("frame-ancestors");
  });

  it("let ?graph= reach the origins the build allows", () => {
    expect(securityHeaders(["https://data.example.org"])["Content-Security-Policy"]).toContain(
      "connect-src 'self' https://data.example.org;",
    );
  });

  it("read back from _headers as a host would, for every path", () => {
    const rules = parseHeadersFile(headersFile([]));
    expect(headersFor(rules, "/assets/parse.worker-abc.js")).toEqual(securityHeaders([]));
    expect(headersFor(rules, "/")).toEqual(securityHeaders([]));
  });

  it("match the nginx snippet line for line", () => {
    const lines = [...NGINX.matchAll(/^add_header (\S+) "(.*)" always;$/gm)];
    expect(Object.fromEntries(lines.map(([, name, value]) => [name, value]))).toEqual(
      securityHeaders([]),
    );
  });
});

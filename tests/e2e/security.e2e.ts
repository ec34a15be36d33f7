import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeE2E, openApp } from "./browser";
import { EVIL_LABEL, EVIL_TEXT, harbourWith, HARBOUR } from "./fixtures/graphs";

const DIST_INDEX = new URL("../../dist/index.html", import.meta.url);

/** The built page's CSP as directive → sources. */
function builtPolicy(): Map<string, string[]> {
  const html = readFileSync(DIST_INDEX, "utf8");
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!meta?.[1]) throw new Error("dist/index.html has no Content-Security-Policy meta");
  const policy = meta[1].replaceAll("&#39;", "'");
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describeE2E("security", () => {
  it("ships a policy that allows no inline or eval'd script", () => {
    const policy = builtPolicy();
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("enforces it: an injected inline script does not run and is reported", async () => {
    const app = await openApp();
    try {
      await app.page.getByRole("heading", { level: 1 }).waitFor();
      const ran = await app.page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.head.append(script);
        return (window as { __inlineRan?: boolean }).__inlineRan ?? false;
      });
      expect(ran).toBe(false);
      // The harness records it too, so the rest of the suite would fail on any such block.
      await expect
        .poll(() => app.problems())
        .toContain("CSP violation: script-src-elem blocked inline");
    } finally {
      await app.close();
    }
  });

  it("shows markup in a user's file as text and runs none of it", async () => {
    const app = await openApp();
    try {
      await app.page.getByRole("heading", { level: 1 }).waitFor();
      const scriptsBefore = await app.page.locator("script").count();
      const buffer = Buffer.from(EVIL_TEXT);
      await app.page
        .getByLabel("Open graph file")
        .setInputFiles({ name: "evil.json", mimeType: "application/json", buffer });
      const list = app.page.getByRole("region", { name: "Filters and lists" });
      await list.getByRole("button", { name: EVIL_LABEL, exact: true }).click();
      const details = app.page.getByRole("region", { name: "Details" });
      expect(await details.getByRole("heading", { level: 2 }).textContent()).toBe(EVIL_LABEL);
      expect(await app.page.locator("script").count()).toBe(scriptsBefore);
      expect(await app.page.locator("img[src='x']").count()).toBe(0);
      expect(await app.page.evaluate(() => "__pwned" in window)).toBe(false);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("refuses a graph address on a site it does not trust, without contacting it", async () => {
    const app = await openApp("?graph=https://evil.example/graph.json");
    try {
      const requested: string[] = [];
      app.page.on("request", (request) => requested.push(request.url()));
      const alert = app.page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("https://evil.example is not one of them");
      expect(requested.filter((url) => url.includes("evil.example"))).toEqual([]);
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("refuses a file whose source link is not http(s)", async () => {
    const app = await openApp();
    try {
      await app.page.getByRole("heading", { level: 1 }).waitFor();
      const text = harbourWith((doc) => (doc.source.url = "javascript:alert(1)"));
      await app.page.getByLabel("Open graph file").setInputFiles({
        name: "link.json",
        mimeType: "application/json",
        buffer: Buffer.from(text),
      });
      const alert = app.page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("source.url");
      expect(await app.page.getByRole("heading", { level: 1 }).textContent()).not.toBe(
        HARBOUR.title,
      );
      expect(await app.problems()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

import { describe, expect, it } from "vitest";
import { webLink } from "./url";

describe("webLink", () => {
  it.each([
    ["https://example.org/a?b=1", "https://example.org/a?b=1"],
    ["http://example.org", "http://example.org/"],
    ["javascript:alert(1)", null],
    ["JaVaScRiPt:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["//example.org/x", null],
    ["not a url", null],
    ["https://user:pw@example.org/story", null],
    ["https://user@example.org/story", null],
    ["https://:pw@example.org/story", null],
    [undefined, null],
  ])("%j → %j", (raw, expected) => {
    expect(webLink(raw)).toBe(expected);
  });
});

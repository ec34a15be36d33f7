import { describe, expect, it } from "vitest";
import { slugify } from "./download";

describe("slugify", () => {
  it.each([
    ["The harbour cooperative (fictional example)", "the-harbour-cooperative-fictional-example"],
    ["Zoë Åkesson & Ørsted-Nilsen", "zoe-akesson-ørsted-nilsen"],
    ["Жизнь и судьба", "жизнь-и-судьба"],
    ["  --Why?--  ", "why"],
    ["<script>", "script"],
    ["../../etc/passwd", "etc-passwd"],
    ["!!!", "graph"],
    ["a".repeat(59) + " bcd", "a".repeat(59)],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

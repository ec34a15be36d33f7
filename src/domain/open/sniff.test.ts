import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sniffBinary } from "./sniff";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe("sniffBinary", () => {
  it.each([
    ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10)],
    ["GIF", ascii("GIF89a\x01\x00")],
    ["GIF", ascii("GIF87a")],
    ["PDF", ascii("%PDF-1.7\n")],
    ["ZIP", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)],
    ["ZIP", bytes(0x50, 0x4b, 0x05, 0x06)],
  ])("recognises %s", (format, head) => {
    expect(sniffBinary(head)).toBe(format);
  });

  it.each([
    ["a graph file", ascii('{"format": "entente-graph"}')],
    ["a graph file with a BOM", bytes(0xef, 0xbb, 0xbf, 0x7b)],
    ["nothing at all", bytes()],
    ["a truncated PNG signature", bytes(0x89, 0x50, 0x4e)],
    ["GIF-like text that is not GIF", ascii("GIF8")],
    ["plain text starting with P", ascii("PK but not a zip")],
  ])("finds no binary format in %s", (_, head) => {
    expect(sniffBinary(head)).toBeNull();
  });
});

// No JSON text starts like a binary format, so sniffing can never refuse a real graph file.
test.prop([fc.json()], { numRuns: 200 })("never flags JSON text", (json) => {
  const withSpace = ascii(` ${json}`);
  expect(sniffBinary(ascii(json))).toBeNull();
  expect(sniffBinary(withSpace)).toBeNull();
});

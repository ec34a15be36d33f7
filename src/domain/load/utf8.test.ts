import { describe, expect, it } from "vitest";
import { decodeUtf8, invalidUtf8At } from "./utf8";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeUtf8", () => {
  it("decodes UTF-8, accents, emoji and all", () => {
    expect(decodeUtf8(utf8('{"label": "Zoë 👍"}'))).toEqual({
      ok: true,
      text: '{"label": "Zoë 👍"}',
    });
  });

  it("refuses a Windows-1252 file, naming the first bad byte and its line", () => {
    // "Zoë" saved as Latin-1: ë is the single byte 0xEB.
    const latin1 = [...utf8('{\n"label": "Zo'), 0xeb, ...utf8('"\n}')];
    expect(decodeUtf8(bytes(...latin1), '"people.json"')).toEqual({
      ok: false,
      problem: {
        severity: "error",
        path: "",
        message:
          '"people.json" is not UTF-8 text: byte 14 (line 2) is 0xEB, which UTF-8 does not allow there — it was probably saved as Windows-1252 or Latin-1',
        fix: "save it again as UTF-8 (in most editors: Save As… → Encoding: UTF-8)",
      },
    });
  });
});

describe("invalidUtf8At", () => {
  it.each([
    ["plain ASCII", [0x41, 0x42], -1],
    ["a two-byte letter", [0xc3, 0xab], -1],
    ["a four-byte emoji", [0xf0, 0x9f, 0x91, 0x8d], -1],
    ["a lone continuation byte", [0x41, 0x80], 1],
    ["an overlong slash", [0xc0, 0xaf], 0],
    ["an encoded surrogate", [0xed, 0xa0, 0x80], 0],
    ["a sequence cut short at the end", [0x41, 0xe2, 0x82], 1],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
  ])("%s", (_, values, expected) => {
    expect(invalidUtf8At(bytes(...values))).toBe(expected);
  });
});

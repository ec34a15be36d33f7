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

/** What the platform's strict decoder says of the same bytes: the reference for the scan. */
const strict = new TextDecoder("utf-8", { fatal: true });
const decoderAccepts = (values: Uint8Array) => {
  try {
    strict.decode(values);
    return true;
  } catch {
    return false;
  }
};

describe("invalidUtf8At agrees with a strict decoder", () => {
  // Continuation bytes just inside and outside every range the lead bytes allow.
  const edges = [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff];

  it("on every two-byte sequence", () => {
    const wrong: string[] = [];
    for (let lead = 0; lead < 256; lead++) {
      for (let second = 0; second < 256; second++) {
        const values = bytes(lead, second);
        const at = invalidUtf8At(values);
        const expected = decoderAccepts(values) ? -1 : lead < 0x80 ? 1 : 0;
        if (at !== expected) wrong.push(`${lead.toString(16)} ${second.toString(16)}: ${at}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("on every non-ASCII lead followed by continuations at the edges of their ranges", () => {
    const wrong: string[] = [];
    // From 0x80: a continuation byte or an overlong lead must not start a longer sequence.
    for (let lead = 0x80; lead < 256; lead++) {
      for (const second of edges) {
        for (const third of edges) {
          for (const fourth of [...edges, null]) {
            const values = bytes(lead, second, third, ...(fourth === null ? [] : [fourth]));
            const at = invalidUtf8At(values);
            // Valid or not, the scan names the lead byte or nothing: everything after it is checked.
            const fine = decoderAccepts(values);
            if (fine ? at !== -1 : at === -1) wrong.push(values.join(","));
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("names the default 'the file' when no name is given", () => {
    const result = decodeUtf8(bytes(0x80));
    expect(result.ok ? "" : result.problem.message).toMatch(/^the file is not UTF-8 text: byte 0/);
  });
});

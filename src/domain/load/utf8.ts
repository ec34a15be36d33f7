import { error } from "./problems";
import type { Problem } from "../model/types";

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Problem };

/** Where the first byte that cannot be UTF-8 is, or -1 (overlong forms and surrogates included). */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [need, low, high] =
      b >= 0xc2 && b <= 0xdf
        ? [1, 0x80, 0xbf]
        : b === 0xe0
          ? [2, 0xa0, 0xbf]
          : b === 0xed
            ? [2, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [2, 0x80, 0xbf]
              : b === 0xf0
                ? [3, 0x90, 0xbf]
                : b >= 0xf1 && b <= 0xf3
                  ? [3, 0x80, 0xbf]
                  : b === 0xf4
                    ? [3, 0x80, 0x8f]
                    : [0, 0, 0];
    if (need === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * A file's bytes as text, refused when they are not UTF-8. Decoding them anyway would replace
 * every accented letter of a Latin-1 file with � on both sides of a quote, and "All quotes
 * verified" would hide it; guessing another encoding would be right only sometimes.
 */
export function decodeUtf8(bytes: Uint8Array, what = "the file"): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const at = invalidUtf8At(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    const message = `${what} is not UTF-8 text: byte ${at} (line ${line}) is 0x${hex}, which UTF-8 does not allow there — it was probably saved as Windows-1252 or Latin-1`;
    const fix = "save it again as UTF-8 (in most editors: Save As… → Encoding: UTF-8)";
    return { ok: false, problem: error([], message, fix) };
  }
}

// A file's first bytes say what it is, whatever its name: a PNG renamed to .json is still a PNG.
// No JSON text can start with any of these, so a real graph file is never mistaken for one.
const SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]], // GIF87a
  ["GIF", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]], // GIF89a
  ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ["ZIP", [0x50, 0x4b, 0x03, 0x04]], // also .docx, .xlsx and other zipped formats
  ["ZIP", [0x50, 0x4b, 0x05, 0x06]], // an empty archive
];

/** How many leading bytes sniffBinary needs to see. */
export const SNIFF_BYTES = 8;

/** "PNG", "JPEG", "GIF", "PDF" or "ZIP" when the bytes start like one; null for anything else. */
export function sniffBinary(firstBytes: Uint8Array): string | null {
  for (const [format, magic] of SIGNATURES) {
    if (magic.every((byte, i) => firstBytes[i] === byte)) return format;
  }
  return null;
}

import { notAGraphFile } from "../../domain/open/files";
import { sniffBinary, SNIFF_BYTES } from "../../domain/open/sniff";
import { describeValue, error } from "../../domain/load/problems";
import { decodeUtf8 } from "../../domain/load/utf8";
import type { Problem } from "../../domain/model/types";

export type ReadResult = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * A picked or dropped file's text, once its first bytes show it is not a picture or an archive
 * renamed to .json. The size was checked before (checkPickedFiles), so reading it is safe.
 */
export async function readPickedFile(file: File): Promise<ReadResult> {
  try {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const format = sniffBinary(head);
    if (format !== null) return { ok: false, problem: notAGraphFile(format) };
    const bytes = new Uint8Array(await file.arrayBuffer());
    return decodeUtf8(bytes, describeValue(file.name));
  } catch {
    // The file was moved or deleted after being picked, or the browser was denied access.
    const message = `${describeValue(file.name)} could not be read from your computer.`;
    return {
      ok: false,
      problem: error([], message, "Check the file is still there and try again."),
    };
  }
}

import { createStore, del, get, set } from "idb-keyval";
import type { UseStore } from "idb-keyval";
import type { Mapping } from "../../domain/formats/import";

/** The URL parameter that says the view belongs to a file from the computer, not to a link. */
export const FILE_PARAM = "file";

/** A file as kept between visits: its bytes, since a File handle does not survive a reload. */
interface StoredFile {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

export interface LastFile {
  file: File;
  more: File[];
  /** What the reader said each sheet's columns are, when the file went through the mapping step. */
  mappings?: Mapping[];
}

interface Kept {
  file: StoredFile;
  more: StoredFile[];
  mappings?: Mapping[];
}

// Its own database, apart from the editor's drafts.
let store: UseStore | undefined;
const files = (): UseStore => (store ??= createStore("entente-files", "last"));
const KEY = "last";

const pack = async (file: File): Promise<StoredFile> => ({
  name: file.name,
  type: file.type,
  bytes: await file.arrayBuffer(),
});
const unpack = ({ name, type, bytes }: StoredFile) => new File([bytes], name, { type });

/**
 * Keeps the file (and any sheets picked with it, and the columns' mapping it was imported with);
 * a browser that keeps nothing just forgets it.
 */
export async function keepLastFile(
  file: File,
  more: readonly File[],
  mappings?: readonly Mapping[],
): Promise<void> {
  try {
    const kept: Kept = {
      file: await pack(file),
      more: await Promise.all(more.map(pack)),
      ...(mappings && { mappings: mappings.map((m) => ({ ...m })) }),
    };
    await set(KEY, kept, files());
  } catch {
    // Private windows and full disks refuse storage: the file stays on show, only a reload loses it.
  }
}

/** The file kept by keepLastFile; null when there is none or storage cannot be read. */
export async function readLastFile(): Promise<LastFile | null> {
  try {
    const kept = await get<Kept>(KEY, files());
    if (!kept?.file) return null;
    const restored = { file: unpack(kept.file), more: (kept.more ?? []).map(unpack) };
    return Array.isArray(kept.mappings) ? { ...restored, mappings: kept.mappings } : restored;
  } catch {
    return null;
  }
}

export async function forgetLastFile(): Promise<void> {
  try {
    await del(KEY, files());
  } catch {
    // Nothing kept, or nothing to keep with: either way nothing comes back on reload.
  }
}

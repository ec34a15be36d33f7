import { execFileSync } from "node:child_process";

export interface Revision {
  /** The commit the measured build was made from. */
  commit: string;
  /** Whether files outside bench/ had uncommitted changes, which the build then included. */
  dirty: boolean;
}

/** Read-only: which code the run measured. */
export function currentRevision(): Revision {
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
  try {
    // The benchmark's own files (results, runner) do not change what is measured.
    const changed = git("status", "--porcelain", "--", ".", ":(exclude)bench");
    return { commit: git("rev-parse", "--short", "HEAD"), dirty: changed !== "" };
  } catch {
    return { commit: "unknown", dirty: true };
  }
}

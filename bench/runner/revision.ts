import { execFileSync } from "node:child_process";

export interface Revision {
  /** The commit the measured build was made from. */
  commit: string;
  /** Whether the working tree had uncommitted changes, which the build then included. */
  dirty: boolean;
}

/** Read-only: which code the run measured. */
export function currentRevision(): Revision {
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
  try {
    return {
      commit: git("rev-parse", "--short", "HEAD"),
      dirty: git("status", "--porcelain") !== "",
    };
  } catch {
    return { commit: "unknown", dirty: true };
  }
}

import type { Problem } from "../../domain/model/types";

/** What the last load left to tell: why it failed, or the warnings it loaded with. */
export interface LoadReport {
  kind: "failure" | "warnings";
  /** The file name or address the reader asked for; "" when unknown. */
  name: string;
  problems: Problem[];
}

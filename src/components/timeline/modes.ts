import type { TimeMode } from "../../domain/view";

export interface ModeInfo {
  label: string;
  /** How the mode reads after "Showing: April 2025 —". */
  phrase: string;
  help: string;
}

export const TIME_MODES: Record<TimeMode, ModeInfo> = {
  upto: {
    label: "Up to",
    phrase: "up to",
    help: "Everything that began by the end of this step; relationships that had ended are faded as past.",
  },
  during: {
    label: "During",
    phrase: "during",
    help: "Only what was active during this step.",
  },
};

export const TIME_MODE_ORDER: readonly TimeMode[] = ["upto", "during"];

import type { ReactNode } from "react";
import type { ChangeTag } from "../domain/analysis";

const W = 28;
const H = 12;
const MID = W / 2;
const Y = H / 2;

// The canvas's mid-line markers (changeMarks.ts), drawn small for the key: the line runs left to
// right, so the triangle points right as Cytoscape's does towards the target.
const MARKERS: Record<ChangeTag, ReactNode> = {
  warmed: <polygon points={`${MID - 4},${Y - 4} ${MID + 4},${Y} ${MID - 4},${Y + 4}`} />,
  soured: <rect x={MID - 1} y={Y - 5} width={2.5} height={10} />,
  shifted: <polygon points={`${MID},${Y - 4} ${MID + 4},${Y} ${MID},${Y + 4} ${MID - 4},${Y}`} />,
  began: <circle cx={MID} cy={Y} r={3.5} />,
  ended: <rect x={MID - 3.5} y={Y - 3.5} width={7} height={7} fill="var(--surface, #fff)" />,
};

/** A stretch of line with a change's mid-line marker, in the current colour, as the graph draws it. */
export function ChangeMarkSample({ tag }: { tag: ChangeTag }) {
  return (
    <svg
      className="change-mark-sample"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      aria-hidden="true"
      fill="currentColor"
      stroke="currentColor"
      strokeWidth={1}
    >
      <line x1={1} y1={Y} x2={W - 1} y2={Y} strokeWidth={2} />
      {MARKERS[tag]}
    </svg>
  );
}

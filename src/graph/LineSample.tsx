import type { StanceLine } from "./palette";

const WIDTH = 24;
const HEIGHT = 10;

/**
 * A short stretch of a stance's line, drawn with the canvas's own width, dashes and caps. The
 * colour is the caller's (a theme colour, or currentColor to follow CSS).
 */
export function LineSample({
  line,
  color,
  opacity,
  className,
}: {
  line: StanceLine;
  color: string;
  opacity?: number;
  className?: string;
}) {
  // Round caps reach half the width past each end: inset so dots are not clipped.
  const inset = line.cap === "round" ? line.width / 2 + 1 : 1;
  return (
    <svg
      className={className}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      opacity={opacity}
    >
      <line
        x1={inset}
        y1={HEIGHT / 2}
        x2={WIDTH - inset}
        y2={HEIGHT / 2}
        stroke={color}
        strokeWidth={line.width}
        strokeDasharray={line.dash.length > 0 ? line.dash.join(" ") : undefined}
        strokeLinecap={line.cap}
      />
    </svg>
  );
}

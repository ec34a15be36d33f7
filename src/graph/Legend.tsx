import { NODE_KINDS, STANCES } from "../domain/types";
import type { KindShape, StanceLine } from "./palette";
import {
  DASH_PATTERN,
  KIND_LABEL,
  KIND_SHAPE,
  PAST_OPACITY,
  STANCE_LABEL,
  STANCE_LINE,
  THEMES,
} from "./palette";
import { useColorScheme } from "./useColorScheme";
import "./graph.css";

// Outlines of Cytoscape's polygon shapes on its [-1, 1] square, so the legend draws what the canvas does.
const POLYGONS: Record<Exclude<KindShape, "ellipse" | "round-rectangle">, readonly number[]> = {
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  hexagon: [-1, 0, -0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1],
  diamond: [0, -1, 1, 0, 0, 1, -1, 0],
  star: Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 1 : 0.6;
    const angle = Math.PI / 2 + (i * Math.PI) / 5;
    return [radius * Math.cos(angle), -radius * Math.sin(angle)];
  }).flat(),
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  triangle: [0, -1, 1, 1, -1, 1],
};

const SIZE = 16;
const toBox = (unit: number) => ((unit + 1) * (SIZE - 2)) / 2 + 1;

function KindSample({ shape, color }: { shape: KindShape; color: string }) {
  let body;
  if (shape === "ellipse") body = <circle cx={SIZE / 2} cy={SIZE / 2} r={SIZE / 2 - 1} />;
  else if (shape === "round-rectangle") body = <rect x={1} y={1} width={14} height={14} rx={4} />;
  else body = <polygon points={POLYGONS[shape].map(toBox).join(" ")} />;
  return (
    <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} fill={color} aria-hidden="true">
      {body}
    </svg>
  );
}

const DASHES: Record<StanceLine["style"], string | undefined> = {
  solid: undefined,
  dashed: DASH_PATTERN.join(" "),
  dotted: "0.5 4",
};

function LineSample({
  line,
  color,
  opacity,
}: {
  line: StanceLine;
  color: string;
  opacity?: number;
}) {
  return (
    <svg width={32} height={10} viewBox="0 0 32 10" aria-hidden="true" opacity={opacity}>
      <line
        x1={2}
        y1={5}
        x2={30}
        y2={5}
        stroke={color}
        strokeWidth={line.width}
        strokeDasharray={DASHES[line.style]}
        strokeLinecap={line.style === "dotted" ? "round" : "butt"}
      />
    </svg>
  );
}

/** What the canvas's line styles, colours and shapes mean. */
export function Legend() {
  const theme = THEMES[useColorScheme()];
  return (
    <section className="graph-legend" aria-label="Legend">
      <ul className="graph-legend__list" aria-label="Relationships">
        {STANCES.map((stance) => (
          <li key={stance}>
            <LineSample line={STANCE_LINE[stance]} color={theme.stance[stance]} />
            {STANCE_LABEL[stance]}
          </li>
        ))}
        <li>
          <LineSample line={STANCE_LINE.alliance} color={theme.muted} opacity={PAST_OPACITY} />
          <span>
            Past <span className="graph-legend__note">(faded, ended before this point)</span>
          </span>
        </li>
      </ul>
      <ul className="graph-legend__list" aria-label="Kinds">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <KindSample shape={KIND_SHAPE[kind]} color={theme.kind[kind]} />
            {KIND_LABEL[kind]}
          </li>
        ))}
      </ul>
    </section>
  );
}

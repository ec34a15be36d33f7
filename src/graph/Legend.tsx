import { useId, useState } from "react";
import { KIND_LABELS } from "../domain/model/labels";
import { NODE_KINDS, STANCES } from "../domain/model/types";
import { SPECULATIVE_OPACITY } from "./elements";
import { POLYGONS } from "./kindShapes";
import { LineSample } from "./LineSample";
import type { KindShape } from "./palette";
import { KIND_SHAPE, PAST_OPACITY, STANCE_LABEL, STANCE_LINE, THEMES } from "./palette";
import { useGraphController } from "./context";
import { useColorScheme } from "./useColorScheme";
import "./graph.css";

const SIZE = 14;
const toBox = (unit: number) => ((unit + 1) * (SIZE - 2)) / 2 + 1;

function KindSample({ shape, color }: { shape: KindShape; color: string }) {
  let body;
  if (shape === "ellipse") body = <circle cx={SIZE / 2} cy={SIZE / 2} r={SIZE / 2 - 1} />;
  else if (shape === "round-rectangle") {
    body = <rect x={1} y={1} width={SIZE - 2} height={SIZE - 2} rx={3} />;
  } else body = <polygon points={POLYGONS[shape].map(toBox).join(" ")} />;
  return (
    <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} fill={color} aria-hidden="true">
      {body}
    </svg>
  );
}

/**
 * What the canvas's line styles, colours and shapes mean, folded behind a small button so it
 * covers nothing until asked for.
 */
export function Legend({
  fileColours = false,
  edgeColours = false,
}: {
  fileColours?: boolean;
  edgeColours?: boolean;
}) {
  const theme = THEMES[useColorScheme()];
  const [open, setOpen] = useState(false);
  const id = useId();
  const controller = useGraphController();
  const toggle = () => {
    setOpen(!open);
    // Open, it covers names: they move out from under it (and back when it folds).
    controller?.labels.now();
  };
  return (
    <div className="graph-legend-box" data-over-canvas="">
      <button
        type="button"
        className="graph-legend-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={toggle}
      >
        Legend
      </button>
      <section id={id} className="graph-legend" aria-label="Legend" hidden={!open}>
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
          <li>
            <LineSample
              line={STANCE_LINE.alliance}
              color={theme.stance.alliance}
              opacity={SPECULATIVE_OPACITY}
            />
            <span>
              Speculative ? <span className="graph-legend__note">(only speculation says so)</span>
            </span>
          </li>
          {edgeColours && (
            <li className="graph-legend__note">
              Lines with a colour from the file are drawn in it; the line&apos;s style gives the
              stance.
            </li>
          )}
        </ul>
        <ul className="graph-legend__list graph-legend__list--kinds" aria-label="Kinds">
          {NODE_KINDS.map((kind) => (
            <li key={kind}>
              <KindSample shape={KIND_SHAPE[kind]} color={theme.kind[kind]} />
              {KIND_LABELS[kind]}
            </li>
          ))}
          {fileColours && (
            <li className="graph-legend__note">
              Nodes with a colour from the file are filled with it; the shape gives the kind.
            </li>
          )}
        </ul>
      </section>
    </div>
  );
}

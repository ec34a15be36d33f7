import type { Stance } from "../../domain/model/types";
import { LineSample, STANCE_LINE } from "../../graph";
import "./StanceSample.css";

/** A short line drawn exactly as the graph draws this stance: solid, dashed or dotted. */
export function StanceSample({ stance }: { stance: Stance }) {
  return (
    <LineSample
      className={`stance-sample stance-sample--${stance}`}
      line={STANCE_LINE[stance]}
      color="currentColor"
    />
  );
}

import type { Stance } from "../../domain/types";
import "./StanceSample.css";

/** A short line drawn the way the graph draws this stance: solid, dashed or thin. */
export function StanceSample({ stance }: { stance: Stance }) {
  return <span className={`stance-sample stance-sample--${stance}`} aria-hidden="true" />;
}

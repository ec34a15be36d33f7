import type { NodeKind } from "../../domain/model/types";
import "./KindDot.css";

/** The kind's colour as a small dot; decorative, since the kind is always named nearby. */
export function KindDot({ kind }: { kind: NodeKind }) {
  return <span className={`kind-dot kind-dot--${kind}`} aria-hidden="true" />;
}

import { useId } from "react";
import { useShallow } from "zustand/react/shallow";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { TIME_MODE_ORDER, TIME_MODES } from "./modes";

const selectMode = (s: EntenteState) => ({ mode: s.view.mode, setMode: s.setMode });

/** "Up to" / "During" as native radios, so arrow keys move between them in every browser. */
export function TimeModeSwitch() {
  const { mode, setMode } = useEntente(useShallow(selectMode));
  const id = useId();
  return (
    <div
      className="timeline-mode"
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-help`}
    >
      <span id={`${id}-label`} className="timeline-mode-label">
        Time mode
      </span>
      {TIME_MODE_ORDER.map((m) => (
        <label key={m} className="timeline-mode-option" title={TIME_MODES[m].help}>
          <input
            type="radio"
            name={id}
            value={m}
            checked={mode === m}
            onChange={() => setMode(m)}
          />
          {TIME_MODES[m].label}
        </label>
      ))}
      <p id={`${id}-help`} className="timeline-mode-help">
        {TIME_MODES[mode].help}
      </p>
    </div>
  );
}

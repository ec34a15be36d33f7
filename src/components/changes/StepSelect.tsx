import { useId } from "react";
import type { TimelineStep } from "../../domain/view";

interface Props {
  label: string;
  steps: readonly TimelineStep[];
  /** An index into `steps`. */
  value: number;
  onChange: (index: number) => void;
}

/** A native select of timeline steps, "All time" included; values are step indexes. */
export function StepSelect({ label, steps, value, onChange }: Props) {
  const id = useId();
  return (
    <div className="changes-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {steps.map((step, i) => (
          <option key={step.period ?? "all-time"} value={i}>
            {step.label}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useId } from "react";

interface RadioFilterProps<T extends string> {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (option: T) => void;
  className?: string;
}

/** One filter as a group of radio buttons: certainty, sources. */
export function RadioFilter<T extends string>(props: RadioFilterProps<T>) {
  const { legend, options, labels, value, onChange, className } = props;
  const name = useId();
  return (
    <fieldset className={className ? `filters-group ${className}` : "filters-group"}>
      <legend className="filters-label">{legend}</legend>
      {options.map((option) => (
        <label key={option} className="filters-option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}

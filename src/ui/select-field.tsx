interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  /** The first, empty choice, e.g. 'All frameworks': choosing it clears the value. */
  anyLabel: string;
  value: T | undefined;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T | undefined) => void;
}

/** A labelled choice from a fixed list; anything not in the list (the empty choice) clears it. */
export function SelectField<T extends string>({
  id,
  label,
  anyLabel,
  value,
  options,
  optionLabel,
  onChange,
}: SelectFieldProps<T>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          onChange(options.find((option) => option === event.target.value));
        }}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

import { NUMBER_LOCALES, type NumberLocale } from '@/lib/read-number';

/** How the file writes decimals (97.5 or 97,5); an unknown choice reads as a point. */
export function NumberLocaleField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: NumberLocale;
  onChange: (locale: NumberLocale) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>How the file writes decimals</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(
            NUMBER_LOCALES.find((option) => option.id === event.target.value)?.id ?? 'point',
          );
        }}
      >
        {NUMBER_LOCALES.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

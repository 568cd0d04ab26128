import { useId } from 'react';
import type { Polarity } from '@/data/contract/dataset-schema';
import { NUMBER_LOCALES, type NumberLocale } from '@/lib/read-number';
import type { AnalysisSummary } from './import-session';
import type { DuplicateChoice, ImportChoices } from './read-file';

export const DIRECTIONS: readonly { id: Polarity; label: string }[] = [
  { id: 'no-judgement', label: 'Neither: show the order without better or worse' },
  { id: 'higher-is-better', label: 'Higher is better' },
  { id: 'lower-is-better', label: 'Lower is better' },
];

const DUPLICATE_CHOICES: readonly { id: DuplicateChoice; label: string }[] = [
  { id: 'first', label: 'Use the first row' },
  { id: 'last', label: 'Use the last row' },
  { id: 'leave-out', label: 'Leave them all out' },
];

interface ImportChoicesProps {
  summary: AnalysisSummary;
  choices: ImportChoices;
  polarity: Polarity;
  hasDuplicates: boolean;
  onChange: (choices: ImportChoices) => void;
  onPolarity: (polarity: Polarity) => void;
}

function Radios<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly { id: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="radios">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.id}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === option.id}
            onChange={() => {
              props.onChange(option.id);
            }}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The choices a file leaves open: which measure, value column and breakdown; how numbers are written. */
export function ImportChoicesForm(props: ImportChoicesProps) {
  const { summary, choices, onChange } = props;
  const id = useId();
  const { layout } = summary;
  const select = (
    label: string,
    suffix: string,
    value: string,
    options: readonly { value: string; label: string }[],
    change: (value: string) => void,
    placeholder?: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${suffix}`}>{label}</label>
      <select
        id={`${id}-${suffix}`}
        value={value}
        onChange={(event) => {
          change(event.target.value);
        }}
      >
        {placeholder ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="csv-import__choices">
      {summary.measures.length > 1
        ? select(
            `Measure (the file holds ${summary.measures.length})`,
            'measure',
            choices.measure ?? '',
            summary.measures.map((m) => ({ value: m, label: m })),
            (measure) => {
              onChange({ ...choices, measure });
            },
            'Choose one measure',
          )
        : null}
      {layout.valueColumns.length > 1
        ? select(
            'Column with the figure',
            'value',
            String(choices.valueColumn ?? ''),
            layout.valueColumns.map((c) => ({
              value: String(c),
              label: layout.headers[c] ?? `Column ${c + 1}`,
            })),
            (column) => {
              onChange({ ...choices, valueColumn: Number(column) });
            },
          )
        : null}
      {summary.breakdowns.map((breakdown) =>
        select(
          `Breakdown: ${breakdown.header}`,
          `breakdown-${breakdown.column}`,
          choices.breakdowns[breakdown.column] ?? '',
          breakdown.values.map((v) => ({ value: v, label: v === '' ? 'None (whole area)' : v })),
          (value) => {
            onChange({
              ...choices,
              breakdowns: { ...choices.breakdowns, [breakdown.column]: value },
            });
          },
        ),
      )}
      <Radios<NumberLocale>
        legend="Numbers in this file are written with a"
        name={`${id}-locale`}
        options={NUMBER_LOCALES}
        value={choices.numberLocale}
        onChange={(numberLocale) => {
          onChange({ ...choices, numberLocale });
        }}
      />
      <Radios<Polarity>
        legend="For this measure"
        name={`${id}-direction`}
        options={DIRECTIONS}
        value={props.polarity}
        onChange={props.onPolarity}
      />
      {props.hasDuplicates ? (
        <Radios<DuplicateChoice>
          legend="Where an area has two figures for one period"
          name={`${id}-duplicates`}
          options={DUPLICATE_CHOICES}
          value={choices.duplicates}
          onChange={(duplicates) => {
            onChange({ ...choices, duplicates });
          }}
        />
      ) : null}
    </div>
  );
}

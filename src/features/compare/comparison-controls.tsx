import { useId } from 'react';
import { formatPeriod } from '@/domain/periods';
import type { CompareSearch } from './compare-search';
import type { GroupOption } from './comparison-model';
import type { GroupChoiceSection } from './group-choice';

interface ComparisonControlsProps {
  lead: string;
  authorities: readonly { id: string; name: string }[];
  group: GroupOption;
  /** Every group, those with figures for this indicator first, each named with its count. */
  sections: readonly GroupChoiceSection[];
  period: string | null;
  periods: readonly string[];
  onChange: (patch: Partial<CompareSearch>) => void;
}

/** Which authority, compared with which group, for which period: all held in the URL. */
export function ComparisonControls(props: ComparisonControlsProps) {
  const id = useId();
  const { lead, authorities, onChange } = props;
  return (
    <form
      className="compare-controls"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-area`}>Authority</label>
        <select
          id={`${id}-area`}
          value={lead}
          onChange={(event) => {
            onChange({ area: event.target.value });
          }}
        >
          {authorities.some((a) => a.id === lead) ? null : <option value={lead}>{lead}</option>}
          {authorities.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>Compare with</label>
        <select
          id={`${id}-group`}
          value={props.group.id}
          onChange={(event) => {
            onChange({ group: event.target.value });
          }}
        >
          {props.sections.map((section) => (
            <optgroup key={section.coverage} label={section.heading}>
              {section.choices.map(({ option, label }) => (
                <option key={option.id} value={option.id}>
                  {label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-period`}>Period</label>
        <select
          id={`${id}-period`}
          value={props.period ?? ''}
          onChange={(event) => {
            onChange({ period: event.target.value });
          }}
        >
          {props.periods.map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

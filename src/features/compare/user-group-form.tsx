import { useId, useState } from 'react';

interface UserGroupFormProps {
  areas: readonly { id: string; name: string }[];
  chosen: readonly string[];
  onApply: (areaIds: string[]) => void;
}

/** Tick the authorities to compare with; the list goes into the URL as `areas`. */
export function UserGroupForm({ areas, chosen, onApply }: UserGroupFormProps) {
  const id = useId();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(chosen));
  // A box per authority (152 nationally) is drawn when first opened, not with every comparison.
  const [isOpened, setOpened] = useState(false);
  return (
    <details
      className="user-group"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>Choose your own group of authorities</summary>
      {isOpened ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onApply(areas.filter((area) => ticked.has(area.id)).map((area) => area.id));
          }}
        >
          <fieldset>
            <legend>Authorities in your group</legend>
            <div className="user-group__options">
              {areas.map((area) => (
                <div key={area.id} className="checkbox">
                  <input
                    id={`${id}-${area.id}`}
                    type="checkbox"
                    checked={ticked.has(area.id)}
                    onChange={(event) => {
                      const next = new Set(ticked);
                      if (event.target.checked) next.add(area.id);
                      else next.delete(area.id);
                      setTicked(next);
                    }}
                  />
                  <label htmlFor={`${id}-${area.id}`}>{area.name}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="button" disabled={ticked.size === 0}>
            Compare with these {ticked.size} {ticked.size === 1 ? 'authority' : 'authorities'}
          </button>
        </form>
      ) : null}
    </details>
  );
}

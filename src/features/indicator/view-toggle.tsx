import { useNavigate } from '@/ui/navigation';
import { viewLabels, type FiguresView } from './indicator-words';

/** Chart or table: the choice goes in the address (the chart is the default and is left out). */
export function ViewToggle({ view }: { view: FiguresView }) {
  const navigate = useNavigate();
  return (
    <div role="group" aria-label="Show the figures as" className="view-toggle">
      {(['chart', 'table'] as const).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={view === option}
          onClick={() => {
            navigate({
              search: (prev) => ({ ...prev, view: option === 'chart' ? undefined : option }),
              replace: true,
            });
          }}
        >
          {viewLabels[option]}
        </button>
      ))}
    </div>
  );
}

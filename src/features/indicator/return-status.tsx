import type { ReturnResponse } from '@/data/api/contract';
import { WouldBeStatus } from '@/ui/would-be-status';

interface ReturnStatusProps {
  view: ReturnResponse;
  /** True when the person may change the figure (the form shows it instead). */
  canSave: boolean;
  format: (value: number | null) => string;
}

/** Where the return is: its status, why it was returned, the status its figure would get, and the figure when it cannot be changed. */
export function ReturnStatus({ view, canSave, format }: ReturnStatusProps) {
  const stored = view.return;
  return (
    <>
      <p>
        Status: <strong>{view.statusLabel}</strong>
        {stored ? ` (last changed by ${stored.updatedBy})` : null}
      </p>
      {stored?.status === 'returned' && stored.returnReason ? (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>Returned for correction:</strong> {stored.returnReason}
          </p>
        </div>
      ) : null}
      {view.rating ? <WouldBeStatus rating={view.rating} /> : null}
      {stored && !canSave ? (
        <dl className="return-panel__figure">
          <dt>Figure</dt>
          <dd>{format(stored.value)}</dd>
          <dt>Commentary</dt>
          <dd>{stored.commentary ?? 'None'}</dd>
        </dl>
      ) : null}
    </>
  );
}

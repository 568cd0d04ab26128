import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { MyReturnItem } from '@/data/api/contract';
import type { ApiError } from '@/data/api/api-error';
import { useReturnStep } from '@/data/api/returns-mutations';
import { myReturnsQuery } from '@/data/api/returns-queries';
import { QueryState, SkeletonLines } from '@/ui/query-state';
import { ReviewControls } from '@/ui/review-controls';
import { WouldBeStatus } from '@/ui/would-be-status';
import { awaitingApproval } from './return-groups';
import { returnName, ReturnTitle } from './return-title';
import type { ReturnsSearch } from './returns-search';
import { ReturnsLayout } from './returns-layout';

/** Submitted figures waiting for the person to approve (publish) or return with a reason. */
export function ApprovalsPage({ search }: { search: ReturnsSearch }) {
  const returns = useQuery(myReturnsQuery(search.today));
  return (
    <ReturnsLayout
      title="Awaiting my approval"
      lead="Figures contributors have submitted for the units you approve. Approving publishes a figure; returning it sends it back with your reason."
      search={search}
    >
      <QueryState
        query={returns}
        what="the returns awaiting approval"
        skeleton={<SkeletonLines lines={6} />}
      >
        {(data) => {
          const waiting = awaitingApproval(data.items);
          return waiting.length === 0 ? (
            <p role="status">
              {data.items.some((item) => item.rights.mayApprove)
                ? 'Nothing is waiting for your approval.'
                : 'You are not an approver for any unit, so nothing waits for your approval.'}
            </p>
          ) : (
            <>
              <p role="status">
                {waiting.length} figure{waiting.length === 1 ? '' : 's'} waiting for your approval.
              </p>
              <ul className="return-list">
                {waiting.map((item) => (
                  <ApprovalItem key={`${item.indicatorId} ${item.period}`} item={item} />
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </ReturnsLayout>
  );
}

function ApprovalItem({ item }: { item: MyReturnItem }) {
  const step = useReturnStep(item.indicatorId);
  const [error, setError] = useState<string | null>(null);
  const what = returnName(item);
  const onError = (failure: ApiError) => {
    setError(failure.serverMessage ?? failure.message);
  };
  return (
    <li className="return-item">
      <ReturnTitle item={item} level="h2" />
      <dl className="return-item__figure">
        <dt>Figure</dt>
        <dd>{item.value === null ? 'None' : item.value.toLocaleString('en-GB')}</dd>
        <dt>Submitted by</dt>
        <dd>{item.updatedBy ?? 'Unknown'}</dd>
        <dt>Commentary</dt>
        <dd>{item.commentary ?? 'None'}</dd>
      </dl>
      {item.rating ? <WouldBeStatus rating={item.rating} /> : null}
      <ReviewControls
        what={what}
        isPending={step.isPending}
        error={error}
        onApprove={() => {
          setError(null);
          step.mutate({ step: 'approve', period: item.period }, { onError });
        }}
        onReturn={(reason) => {
          setError(null);
          step.mutate({ step: 'return', period: item.period, reason }, { onError });
        }}
      />
    </li>
  );
}

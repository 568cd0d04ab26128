import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { IndicatorRow, ReturnResponse } from '@/data/api/contract';
import { indicatorReturnQuery } from '@/data/api/returns-queries';
import { meQuery } from '@/data/api/session';
import type { Frequency } from '@/data/contract/dataset-schema';
import { SignInPrompt } from '@/ui/sign-in-prompt';
import { RecordFigureForm } from './record-figure-form';

// A return's panel (its steps are mutations) is only for a signed-in contributor or approver on
// the server: its code loads then, never in the first view of a reader's page (ADR 0087).
const ReturnPanel = lazy(() =>
  import('./return-panel').then((module) => ({ default: module.ReturnPanel })),
);

interface FigureEntryProps {
  indicatorId: string;
  /** Left out: the dataset's own authority (returns are only for it). */
  otherArea: string | undefined;
  frequency: Frequency;
  unit: IndicatorRow['indicator']['unit'];
  isWritable: boolean;
  /** The period of the return in the address, if any. */
  returnPeriod: string | undefined;
}

/**
 * Entering and approving figures, as far as the signed-in person may: the server says what they
 * may do with this indicator (GET /returns/{id}), so a contributor for another unit never sees a
 * Save button (and gets 403 if they try the API directly). Approvers may also correct a published
 * figure directly, which publishes at once.
 */
export function FigureEntry({
  indicatorId,
  otherArea,
  frequency,
  unit,
  isWritable,
  returnPeriod,
}: FigureEntryProps) {
  const me = useQuery({ ...meQuery(), enabled: isWritable });
  const signedIn = isWritable && me.data?.user != null;
  const rights = useQuery({
    ...indicatorReturnQuery(indicatorId, returnPeriod ?? ''),
    enabled: signedIn,
  });
  // The static publication explains itself inside the form; so does a failed session check.
  if (!isWritable || me.isError) {
    return (
      <RecordFigureForm
        indicatorId={indicatorId}
        area={otherArea}
        frequency={frequency}
        unit={unit}
        isWritable={isWritable}
      />
    );
  }
  return (
    <>
      <EntryPanel
        name={me.data?.user?.name ?? null}
        isPending={me.isPending}
        rights={rights}
        indicatorId={indicatorId}
        otherArea={otherArea}
        frequency={frequency}
        unit={unit}
        returnPeriod={returnPeriod}
      />
      {/* Mounted once, when the rights are known, so nothing typed into it is lost. */}
      {rights.data?.rights.mayApprove ? (
        <RecordFigureForm
          indicatorId={indicatorId}
          area={otherArea}
          frequency={frequency}
          unit={unit}
          isWritable
        />
      ) : null}
    </>
  );
}

interface EntryPanelProps extends Omit<FigureEntryProps, 'isWritable'> {
  /** The signed-in person's name; null when nobody is. */
  name: string | null;
  isPending: boolean;
  rights: UseQueryResult<ReturnResponse>;
}

function EntryPanel({
  name,
  isPending,
  rights,
  indicatorId,
  otherArea,
  frequency,
  unit,
  returnPeriod,
}: EntryPanelProps) {
  if (isPending) return null;
  if (name === null) {
    return (
      <section aria-labelledby="figure-entry-heading" className="indicator-section">
        <h2 id="figure-entry-heading">Enter or approve figures</h2>
        <SignInPrompt>
          Contributors enter figures and approvers sign them off after signing in.
        </SignInPrompt>
      </section>
    );
  }
  if (rights.isPending) {
    return <p className="record-figure__status">Checking what you may do with this indicator…</p>;
  }
  if (rights.isError) {
    return (
      <p className="notice notice--error" role="alert">
        {rights.error.message}
      </p>
    );
  }
  const { mayRecord, mayApprove } = rights.data.rights;
  if (!mayRecord && !mayApprove) {
    return (
      <section aria-labelledby="figure-entry-heading" className="indicator-section">
        <h2 id="figure-entry-heading">Enter or approve figures</h2>
        <p className="notice notice--info">
          You are signed in as {name}, who is not a contributor or approver for a unit responsible
          for this indicator, so you see its published figures only.
        </p>
      </section>
    );
  }
  // Returns are for the authority's own figures; another area's are corrected directly.
  if (otherArea !== undefined) return null;
  return (
    <Suspense fallback={null}>
      <ReturnPanel
        indicatorId={indicatorId}
        frequency={frequency}
        unit={unit}
        returnPeriod={returnPeriod}
        view={rights.data}
      />
    </Suspense>
  );
}

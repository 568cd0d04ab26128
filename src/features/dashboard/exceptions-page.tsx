import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@/ui/navigation';
import { indicatorListQuery, manifestQuery, organisationQuery } from '@/data/api/queries';
import { EXCEPTION_KINDS } from '@/domain/aggregate';
import { CommitteeActions } from '@/ui/committee-actions';
import { loadFiguresExport } from '@/ui/load-figures-export';
import { datasetSourceWords, latestPeriodOf } from '@/ui/table-figures';
import { PageHeader } from '@/ui/page-header';
import { ProfilesSwitch } from '@/ui/assumed-profiles';
import { QueryState, SkeletonTable } from '@/ui/query-state';
import { RagKey, rulesOf } from '@/ui/rag-key';
import { RejectedRowsNotice } from '@/ui/rejected-rows-notice';
import { usePageTitle } from '@/ui/use-page-title';
import type { ExceptionsSearch } from './dashboard-search';
import { resolveStructure } from './dashboard-search';
import { ExceptionSections } from './exception-sections';
import { ExceptionsFilters } from './exceptions-filters';
import { exceptionsPrintHeading, exceptionsTitle } from './exceptions-words';
import { listedExceptions } from './listed-exceptions';
import { OverdueReturns } from './overdue-returns';
import '@/ui/red-figure-note.css';
import './exceptions.css';

export function ExceptionsPage({ search }: { search: ExceptionsSearch }) {
  const organisation = useQuery(organisationQuery());
  const manifest = useQuery(manifestQuery());
  const navigate = useNavigate();
  const structure = resolveStructure(organisation.data?.structures ?? [], search.structure);
  const list = useQuery({
    ...indicatorListQuery({
      structure: structure?.id,
      node: search.node,
      framework: search.framework,
      period: search.period,
      profiles: search.profiles,
    }),
    enabled: organisation.isSuccess,
  });
  const kinds = search.show ? [search.show] : EXCEPTION_KINDS;
  usePageTitle(exceptionsTitle(search.show));
  const listedRows = list.data ? listedExceptions(list.data.rows, kinds) : undefined;
  const authority = manifest.data?.manifest.authority.name ?? 'The authority';
  const node = structure?.nodes.find((candidate) => candidate.id === search.node);
  const asAt = search.period ?? (listedRows ? latestPeriodOf(listedRows) : undefined);
  const printHeading = exceptionsPrintHeading(
    authority,
    search.show,
    structure?.name,
    node?.name,
    asAt,
  );
  return (
    <div className="page">
      <PageHeader
        title="Exceptions"
        lead={
          <>
            Indicators that need attention{structure ? <> in {structure.name}</> : null}, with their
            commentary and owner.
          </>
        }
      />
      <CommitteeActions
        ready={listedRows !== undefined}
        fileNameParts={[
          'ragstone',
          manifest.data?.manifest.authority.id,
          'exceptions',
          node?.id ?? structure?.id,
          search.show,
          asAt,
        ]}
        table={() =>
          loadFiguresExport(listedRows ?? [], structure, {
            title: printHeading,
            asAt,
            source: datasetSourceWords(manifest.data?.manifest),
          })
        }
        printHeading={printHeading}
      />
      <RagKey rules={list.data ? rulesOf(list.data.rows) : undefined} />
      <ProfilesSwitch
        profiles={search.profiles}
        rows={list.data?.rows ?? []}
        onChange={(profiles) => {
          navigate({ search: (previous) => ({ ...previous, profiles }), replace: true });
        }}
      />
      {organisation.data ? (
        <ExceptionsFilters
          search={search}
          structures={organisation.data.structures}
          structure={structure}
        />
      ) : null}
      <OverdueReturns search={search} structure={structure?.id} nodeName={node?.name} />
      <QueryState query={list} what="the indicator list" skeleton={<SkeletonTable rows={8} />}>
        {(data) => (
          <>
            <RejectedRowsNotice rejected={data.rejected} />
            <ExceptionSections
              rows={data.rows}
              kinds={kinds}
              search={search}
              structure={structure}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}

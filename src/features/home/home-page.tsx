import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useRouteSearch } from '@/ui/navigation';
import { manifestQuery, organisationQuery } from '@/data/api/queries';
import type { Structure } from '@/data/contract/dataset-schema';
import { PageHeader } from '@/ui/page-header';
import { QueryState, SkeletonLines, SkeletonTable } from '@/ui/query-state';
import { RejectedRowsNotice } from '@/ui/rejected-rows-notice';
import { usePageTitle } from '@/ui/use-page-title';
import { asAtPeriodsAmong } from '@/ui/as-at-periods';
import { AttentionList } from './attention-list';
import { ChangesSince } from './changes-since';
import { DirectorateMix } from './directorate-mix';
import { SiteSearchForm } from '@/ui/site-search-form';
import { ProfilesSwitch } from '@/ui/assumed-profiles';
import type { ProfileChoice } from '@/domain/profile';
import { currentStructure, dataDateSentence, earlierStructures, previousOf } from './home-words';
import { homeFirstViewQuery } from './home-first-view';
import { homeSearchSchema } from './home-search';
import './home.css';
import { dashboardAddress } from '@/ui/dashboard-address';

/** The authority at a glance: each directorate's status mix, what needs attention, what changed. */
export function HomePage() {
  const manifest = useQuery(manifestQuery());
  const organisation = useQuery(organisationQuery());
  const authority = manifest.data?.manifest.authority.name ?? 'The authority';
  const { profiles } = useRouteSearch(homeSearchSchema);
  usePageTitle(`${authority}: performance overview`);
  return (
    <div className="page home">
      <PageHeader title={`${authority}: performance overview`} />
      <QueryState
        query={organisation}
        what="the organisation structure"
        skeleton={<SkeletonTable rows={6} />}
      >
        {({ structures }) => {
          const current = currentStructure(structures);
          return current ? (
            <>
              <CurrentOverview
                structure={current}
                published={manifest.data?.manifest.published}
                profiles={profiles}
              />
              {earlierStructures(structures).map((structure) => (
                <section
                  key={structure.id}
                  aria-labelledby={`structure-${structure.id}`}
                  className="home__section"
                >
                  <h2 id={`structure-${structure.id}`}>{structure.name}</h2>
                  <p>
                    The figures filed under the earlier structure, by directorate.{' '}
                    <Link {...dashboardAddress({ structure: structure.id })}>
                      Open the {structure.name} view
                    </Link>
                  </p>
                  <DirectorateMix structure={structure} profiles={profiles} />
                </section>
              ))}
            </>
          ) : (
            <p className="empty-state">This dataset has no organisation structure to show yet.</p>
          );
        }}
      </QueryState>
    </div>
  );
}

function CurrentOverview({
  structure,
  published,
  profiles,
}: {
  structure: Structure;
  published: string | undefined;
  profiles: ProfileChoice | undefined;
}) {
  const manifest = useQuery(manifestQuery());
  const navigate = useNavigate();
  // What the overview draws of the list, not the list (ADR 0098): the drawn page carries only that.
  const list = useQuery(homeFirstViewQuery({ structure: structure.id, profiles }));
  const asAt = list.data?.latestPeriod ?? undefined;
  const previous = previousOf(
    asAtPeriodsAmong(list.data?.figurePeriods ?? [], manifest.data?.periods ?? [], undefined),
    asAt,
  );
  return (
    <>
      <p className="home__date">
        {list.data ? (
          dataDateSentence(asAt, published)
        ) : (
          <span className="skeleton skeleton--line" />
        )}
      </p>
      <SiteSearchForm />
      <p className="page-links">
        <Link {...dashboardAddress({ structure: structure.id, profiles })}>
          Dashboard: every indicator of {structure.name}
        </Link>
        <Link to="/help">Help and glossary</Link>
      </p>
      <section aria-labelledby="home-mix-title" className="home__section">
        <h2 id="home-mix-title">Status by directorate and division</h2>
        <ProfilesSwitch
          profiles={profiles}
          assumed={list.data?.assumed ?? false}
          onChange={(choice) => {
            navigate({ search: { profiles: choice }, replace: true });
          }}
        />
        <DirectorateMix structure={structure} profiles={profiles} />
      </section>
      <div className="home__columns">
        <section aria-labelledby="home-attention-title" className="home__section">
          <h2 id="home-attention-title">Needs attention</h2>
          <QueryState query={list} what="the indicator list" skeleton={<SkeletonLines lines={5} />}>
            {(data) => (
              <>
                {/* A row sent in a broken shape is said here too, not silently left out. */}
                <RejectedRowsNotice rejected={data.rejected} />
                <AttentionList
                  count={data.attentionCount}
                  shown={data.attention}
                  structure={structure}
                />
              </>
            )}
          </QueryState>
        </section>
        <section aria-labelledby="home-changes-title" className="home__section">
          <h2 id="home-changes-title">What changed since the last period</h2>
          {asAt && previous ? (
            <ChangesSince structureId={structure.id} asAt={asAt} previous={previous} />
          ) : list.data ? (
            <p>There is no earlier period with figures to compare with.</p>
          ) : (
            <SkeletonLines lines={3} />
          )}
        </section>
      </div>
    </>
  );
}

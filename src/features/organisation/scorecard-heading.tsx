import { Link, useNavigate } from '@/ui/navigation';
import type { IndicatorRow } from '@/data/api/contract';
import type { ScorecardResult } from '@/data/api/lenient-rows';
import type { Structure } from '@/data/contract/dataset-schema';
import { exportFileName } from '@/lib/export-file-name';
import { ProfilesSwitch } from '@/ui/assumed-profiles';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { CommitteeActions } from '@/ui/committee-actions';
import { loadFiguresExport } from '@/ui/load-figures-export';
import { PageHeader } from '@/ui/page-header';
import type { OrganisationSearch } from './organisation-search';
import { scorecardLead } from './organisation-words';
import { UnitScorecardDownload } from './unit-scorecard-download';
import { dashboardAddress } from '@/ui/dashboard-address';

interface ScorecardHeadingProps {
  data: ScorecardResult;
  /** The rows the filters leave: what the downloads and the print hold. */
  rows: readonly IndicatorRow[];
  structure: Structure | undefined;
  structureId: string;
  search: OrganisationSearch;
  authority: { id: string; name: string } | undefined;
  asAt: string | undefined;
  printHeading: string;
  source: string;
}

/** Where the node sits, its name, the profiles switch and the downloads of the whole table. */
export function ScorecardHeading({
  data,
  rows,
  structure,
  structureId,
  search,
  authority,
  asAt,
  printHeading,
  source,
}: ScorecardHeadingProps) {
  const navigate = useNavigate();
  return (
    <>
      <Breadcrumbs
        items={[
          {
            key: 'dashboard',
            content: (
              <Link
                {...dashboardAddress({
                  structure: structureId,
                  period: search.period,
                  profiles: search.profiles,
                })}
              >
                Dashboard
              </Link>
            ),
          },
          ...data.breadcrumb.map((node) => ({
            key: node.id,
            content: (
              <Link
                to="/organisation/$structureId/$nodeId"
                params={{ structureId, nodeId: node.id }}
                search={{ period: search.period, profiles: search.profiles }}
              >
                {node.name}
              </Link>
            ),
          })),
          { key: data.node.id, content: data.node.name },
        ]}
      />
      <PageHeader
        title={data.node.name}
        lead={scorecardLead(data.node.kind, structure?.name, search.period)}
      />
      <ProfilesSwitch
        profiles={search.profiles}
        rows={data.rows}
        onChange={(profiles) => {
          navigate({ search: (previous) => ({ ...previous, profiles }), replace: true });
        }}
      />
      <CommitteeActions
        fileNameParts={['ragstone', authority?.id, data.node.id, asAt]}
        table={() => loadFiguresExport([...rows], structure, { title: printHeading, asAt, source })}
        printHeading={printHeading}
      >
        <UnitScorecardDownload
          rows={data.rows}
          fileName={exportFileName(
            ['ragstone', authority?.id, data.node.id, 'scorecard', asAt],
            'xlsx',
          )}
          heading={{
            title: `${authority?.name ?? 'The authority'}: ${data.node.name}, unit scorecard`,
            asAt,
            source,
          }}
        />
      </CommitteeActions>
    </>
  );
}

import { OrganisationPage } from '@/features/organisation/organisation-page';
import { organisationSearchSchema } from '@/features/organisation/organisation-search';
import { ReturnsTemplatePanel } from '@/features/returns-template/returns-template-panel';
import { useRouteParams, useRouteSearch } from '@/ui/navigation';

export function OrganisationView() {
  const { structureId, nodeId } = useRouteParams('/organisation/$structureId/$nodeId');
  return (
    <OrganisationPage
      structureId={structureId}
      nodeId={nodeId}
      search={useRouteSearch(organisationSearchSchema)}
      returnsSlot={(indicatorIds, unitId) => (
        <ReturnsTemplatePanel indicatorIds={indicatorIds} name={unitId} />
      )}
    />
  );
}

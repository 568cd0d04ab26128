import { getRouteApi } from '@tanstack/react-router';
import { OrganisationPage } from '@/features/organisation/organisation-page';
import { ReturnsTemplatePanel } from '@/features/returns-template/returns-template-panel';

const route = getRouteApi('/organisation/$structureId/$nodeId');

export function OrganisationView() {
  const { structureId, nodeId } = route.useParams();
  return (
    <OrganisationPage
      structureId={structureId}
      nodeId={nodeId}
      search={route.useSearch()}
      returnsSlot={(indicatorIds, unitId) => (
        <ReturnsTemplatePanel indicatorIds={indicatorIds} name={unitId} />
      )}
    />
  );
}

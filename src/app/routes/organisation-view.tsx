import { getRouteApi } from '@tanstack/react-router';
import { OrganisationPage } from '@/features/organisation/organisation-page';

const route = getRouteApi('/organisation/$structureId/$nodeId');

export function OrganisationView() {
  const { structureId, nodeId } = route.useParams();
  return <OrganisationPage structureId={structureId} nodeId={nodeId} search={route.useSearch()} />;
}

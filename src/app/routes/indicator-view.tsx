import { getRouteApi } from '@tanstack/react-router';
import { IndicatorPage } from '@/features/indicator/indicator-page';
import { ReturnsTemplatePanel } from '@/features/returns-template/returns-template-panel';

const route = getRouteApi('/indicators/$indicatorId');

export function IndicatorView() {
  const { indicatorId } = route.useParams();
  return (
    <IndicatorPage
      indicatorId={indicatorId}
      search={route.useSearch()}
      returnsSlot={<ReturnsTemplatePanel indicatorIds={[indicatorId]} name={indicatorId} />}
    />
  );
}

import { IndicatorPage } from '@/features/indicator/indicator-page';
import { indicatorSearchSchema } from '@/features/indicator/indicator-search';
import { ReturnsTemplatePanel } from '@/features/returns-template/returns-template-panel';
import { useRouteParams, useRouteSearch } from '@/ui/navigation';

export function IndicatorView() {
  const { indicatorId } = useRouteParams('/indicators/$indicatorId');
  return (
    <IndicatorPage
      indicatorId={indicatorId}
      search={useRouteSearch(indicatorSearchSchema)}
      returnsSlot={<ReturnsTemplatePanel indicatorIds={[indicatorId]} name={indicatorId} />}
    />
  );
}

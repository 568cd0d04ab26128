/**
 * The overdue list of the exceptions page (GET /returns/overdue): the overdue returns among "my
 * returns" (an administrator's cover every indicator), for one unit and everything below it when
 * asked, oldest due first, a page at a time. Pure, so the server and the mock service answer alike.
 */
import {
  OVERDUE_PAGE_SIZE,
  overdueQuerySchema,
  type MyReturnItem,
  type OverdueReturnsResponse,
} from '@/data/api/contract';
import { isOwnedWithin, structureFor, subtreeIds } from '@/data/api/filter-rows';
import type { ApiEngine } from './engine';
import { failure, success, type EngineResult } from './engine-result';

/** `raw` is the query as received; `today` in it was already used to list `items`. */
export function overdueReturns(
  engine: ApiEngine,
  items: readonly MyReturnItem[],
  raw: Readonly<Record<string, string | undefined>>,
  today: string,
): EngineResult<OverdueReturnsResponse> {
  const parsed = overdueQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return failure(400, issue?.message ?? 'The query was not understood.', String(issue?.path[0]));
  }
  const { structure: structureId, node, page } = parsed.data;
  const { structures, indicators } = engine.dataset;
  let inUnit: (indicatorId: string) => boolean = () => true;
  if (structureId !== undefined || node !== undefined) {
    const structure = structureFor(structures, { structure: structureId, node });
    if (!structure) {
      return structureId === undefined
        ? failure(400, `node: there is no unit "${node ?? ''}" in any structure.`, 'node')
        : failure(
            400,
            `structure: there is no organisation structure "${structureId}".`,
            'structure',
          );
    }
    const unitIds = node === undefined ? null : subtreeIds(structure, node);
    if (node !== undefined && unitIds === null) {
      return failure(
        400,
        `node: there is no unit "${node}" in the ${structure.name} structure.`,
        'node',
      );
    }
    const owners = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    inUnit = (indicatorId) => {
      const indicator = owners.get(indicatorId);
      return (
        unitIds === null ||
        (indicator !== undefined && isOwnedWithin(indicator, structure.id, unitIds))
      );
    };
  }
  const overdue = items
    .filter((item) => item.timing === 'overdue' && inUnit(item.indicatorId))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'en-GB'));
  const pageCount = Math.max(1, Math.ceil(overdue.length / OVERDUE_PAGE_SIZE));
  // A page past the end (the list shrank since the link was made) shows the last one.
  const shown = Math.min(page, pageCount);
  return success({
    today,
    total: overdue.length,
    page: shown,
    pageCount,
    pageSize: OVERDUE_PAGE_SIZE,
    items: overdue.slice((shown - 1) * OVERDUE_PAGE_SIZE, shown * OVERDUE_PAGE_SIZE),
  });
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ActorInput } from '@/domain/roles';
import {
  batchUndoRefusal,
  batchWriteRefusal,
  maySeeReturnsInProgress,
  type RightsTree,
} from './batch-rights';

/** Adult social care owns paf-c28; libraries own ni-9. */
const tree: RightsTree = {
  structures: [
    {
      id: 'directorates',
      nodes: [
        { id: 'council', parentId: null },
        { id: 'social-care', parentId: 'council' },
        { id: 'libraries', parentId: 'council' },
      ],
    },
  ],
  indicators: [
    { id: 'paf-c28', owners: [{ nodeId: 'social-care', role: 'lead' }] },
    { id: 'ni-9', owners: [{ nodeId: 'libraries', role: 'lead' }] },
  ],
};
const unit = (nodeId: string) => ({ structureId: 'directorates', nodeId });
const carer: ActorInput = {
  id: 'cat',
  grants: [{ role: 'contributor', unit: unit('social-care') }],
};
const approver: ActorInput = {
  id: 'alf',
  grants: [{ role: 'approver', unit: unit('social-care') }],
};
const admin: ActorInput = { id: 'ada', grants: [{ role: 'administrator' }] };
const viewer: ActorInput = { id: 'vic', grants: [{ role: 'viewer' }] };
const actual = (indicatorId: string) => ({ indicatorId });

describe('who may import a returns batch', () => {
  it('lets a contributor check a batch holding at least one row of their units', () => {
    const body = { actuals: [actual('ni-9'), actual('paf-c28')], definitions: [] };
    expect(batchWriteRefusal(carer, body, tree)).toBeNull();
  });

  it('leaves rows for unknown indicators to the check, which names them by row', () => {
    const body = { actuals: [actual('no-such-code')], definitions: [] };
    expect(batchWriteRefusal(carer, body, tree)).toBeNull();
  });

  it('refuses a batch of nothing but other units’ rows, naming the first indicator', () => {
    const body = { actuals: [actual('ni-9'), actual('ni-9')], definitions: [] };
    expect(batchWriteRefusal(carer, body, tree)).toBe(
      'You are not a contributor for a unit responsible for ni-9.',
    );
  });

  it('lets administrators and batches with definitions through to the per-row check', () => {
    const theirs = { actuals: [actual('ni-9')], definitions: [] };
    expect(batchWriteRefusal(admin, theirs, tree)).toBeNull();
    expect(batchWriteRefusal(carer, { ...theirs, definitions: [{}] }, tree)).toBeNull();
  });
});

describe('who may undo a returns batch', () => {
  const returnOf = (indicatorId: string) => ({ kind: 'return', indicatorId });

  it('lets the contributor undo returns of their own units', () => {
    expect(batchUndoRefusal(carer, [returnOf('paf-c28')], tree)).toBeNull();
  });

  it('refuses at the first return of another unit', () => {
    expect(batchUndoRefusal(carer, [returnOf('paf-c28'), returnOf('ni-9')], tree)).toBe(
      'You are not a contributor for a unit responsible for ni-9.',
    );
  });

  it('keeps definitions for administrators', () => {
    const entries = [returnOf('paf-c28'), { kind: 'target', indicatorId: 'paf-c28' }];
    expect(batchUndoRefusal(carer, entries, tree)).toBe('Only administrators can do this.');
    expect(batchUndoRefusal(admin, entries.slice(1), tree)).toBeNull();
  });
});

describe('who may see an indicator’s returns in progress', () => {
  const [pafC28] = tree.indicators;

  it('is those who enter, approve or administer its figures', () => {
    if (!pafC28) throw new Error('fixture');
    expect(maySeeReturnsInProgress(carer, pafC28, tree)).toBe(true);
    expect(maySeeReturnsInProgress(approver, pafC28, tree)).toBe(true);
    expect(maySeeReturnsInProgress(admin, pafC28, tree)).toBe(true);
    expect(maySeeReturnsInProgress(viewer, pafC28, tree)).toBe(false);
  });
});

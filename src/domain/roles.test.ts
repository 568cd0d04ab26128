import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canApprove,
  canEdit,
  canSeeUnpublished,
  isAdministrator,
  type ActorInput,
  type OrgTreeInput,
  type OwnedIndicatorInput,
  type RoleGrant,
} from './roles';

const tree: OrgTreeInput = {
  structures: [
    {
      id: 'cc-2012',
      nodes: [
        { id: 'customer-and-communities', parentId: null },
        { id: 'customer-services', parentId: 'customer-and-communities' },
        { id: 'libraries', parentId: 'customer-services' },
        { id: 'culture', parentId: 'customer-services' },
        { id: 'highways', parentId: 'customer-and-communities' },
      ],
    },
    { id: 'kcc-2008', nodes: [{ id: 'libraries', parentId: null }] },
  ],
};

const libraryVisits: OwnedIndicatorInput = {
  id: 'library-visits',
  owners: [{ nodeId: 'libraries', role: 'lead', structureId: 'cc-2012' }],
};
const potholes: OwnedIndicatorInput = {
  id: 'potholes',
  owners: [
    { nodeId: 'highways', role: 'lead', structureId: 'cc-2012' },
    { nodeId: 'libraries', role: 'support', structureId: 'cc-2012' },
  ],
};

const person = (...grants: RoleGrant[]): ActorInput => ({ id: 'p', grants });
const unit = (nodeId: string, structureId = 'cc-2012') => ({ structureId, nodeId });

describe('canEdit', () => {
  it.each<[string, ActorInput | null, OwnedIndicatorInput, boolean]>([
    ['signed out', null, libraryVisits, false],
    ['viewer', person({ role: 'viewer' }), libraryVisits, false],
    ['administrator alone', person({ role: 'administrator' }), libraryVisits, false],
    [
      'contributor for the unit',
      person({ role: 'contributor', unit: unit('libraries') }),
      libraryVisits,
      true,
    ],
    [
      'contributor for the division above',
      person({ role: 'contributor', unit: unit('customer-services') }),
      libraryVisits,
      true,
    ],
    [
      'contributor for a sibling unit',
      person({ role: 'contributor', unit: unit('culture') }),
      libraryVisits,
      false,
    ],
    [
      'contributor for a same-named unit in another structure',
      person({ role: 'contributor', unit: unit('libraries', 'kcc-2008') }),
      libraryVisits,
      false,
    ],
    [
      'approver (not contributor) for the unit',
      person({ role: 'approver', unit: unit('libraries') }),
      libraryVisits,
      false,
    ],
    [
      'contributor for a unit that only supports it',
      person({ role: 'contributor', unit: unit('libraries') }),
      potholes,
      false,
    ],
    [
      'contributor for Highways',
      person({ role: 'contributor', unit: unit('highways') }),
      potholes,
      true,
    ],
  ])('%s → %s', (_label, actor, indicator, expected) => {
    expect(canEdit(actor, indicator, tree)).toBe(expected);
  });

  it('finds the structure of an owner that names none', () => {
    const indicator = { id: 'x', owners: [{ nodeId: 'culture', role: 'lead' as const }] };
    expect(
      canEdit(person({ role: 'contributor', unit: unit('customer-services') }), indicator, tree),
    ).toBe(true);
  });

  it('property: a grant over the top of a structure covers every indicator led in it', () => {
    const nodes = tree.structures[0]?.nodes ?? [];
    fc.assert(
      fc.property(fc.constantFrom(...nodes.map((n) => n.id)), (nodeId) => {
        const indicator = {
          id: 'i',
          owners: [{ nodeId, role: 'lead' as const, structureId: 'cc-2012' }],
        };
        const top = person({ role: 'contributor', unit: unit('customer-and-communities') });
        expect(canEdit(top, indicator, tree)).toBe(true);
      }),
    );
  });
});

describe('approve, unpublished figures and administrators', () => {
  it('gives approval only to approvers of a responsible unit', () => {
    expect(
      canApprove(
        person({ role: 'approver', unit: unit('customer-services') }),
        libraryVisits,
        tree,
      ),
    ).toBe(true);
    expect(
      canApprove(person({ role: 'contributor', unit: unit('libraries') }), libraryVisits, tree),
    ).toBe(false);
  });

  it('shows drafts to contributors, approvers and administrators, never to viewers', () => {
    expect(canSeeUnpublished(person({ role: 'viewer' }), libraryVisits, tree)).toBe(false);
    expect(canSeeUnpublished(null, libraryVisits, tree)).toBe(false);
    expect(canSeeUnpublished(person({ role: 'administrator' }), libraryVisits, tree)).toBe(true);
    expect(
      canSeeUnpublished(person({ role: 'approver', unit: unit('libraries') }), libraryVisits, tree),
    ).toBe(true);
  });

  it('knows an administrator', () => {
    expect(isAdministrator(person({ role: 'viewer' }, { role: 'administrator' }))).toBe(true);
    expect(isAdministrator(person({ role: 'viewer' }))).toBe(false);
  });
});

/**
 * What the mock service's administrators have changed: people, the audit log, settings and
 * due-date rules, in memory. Reset with the other mocks after every test (mocks/scenarios.ts).
 */
import type { AuditEntryBody, IndicatorSettingsResponse } from '@/data/api/contract';
import type { DueDateRule } from '@/domain/due-dates';
import type { RoleGrant } from '@/domain/roles';
import { DEVELOPMENT_PERSON } from './session-handlers';

export interface MockPerson {
  id: string;
  email: string;
  name: string;
  grants: RoleGrant[];
  disabled: boolean;
}

const libraries = {
  structureId: 'cc-2012',
  nodeId: 'libraries-archives-and-registration-services',
};

function initialPeople(): MockPerson[] {
  return [
    { ...DEVELOPMENT_PERSON, disabled: false },
    {
      id: 'mock-approver',
      email: 'approver@ragstone.invalid',
      name: 'Alex Approver (mock service)',
      grants: [{ role: 'approver', unit: libraries }],
      disabled: false,
    },
    {
      id: 'mock-viewer',
      email: 'viewer@ragstone.invalid',
      name: 'Val Viewer (mock service)',
      grants: [{ role: 'viewer' }],
      disabled: false,
    },
  ];
}

export const adminState = {
  people: initialPeople(),
  audit: [] as AuditEntryBody[],
  publicRead: true,
  /** Newest last, per indicator. */
  dueRules: new Map<
    string,
    { rule: DueDateRule | null; entry: IndicatorSettingsResponse['dueRuleHistory'][number] }[]
  >(),
};

export function resetAdminState(): void {
  adminState.people = initialPeople();
  adminState.audit = [];
  adminState.publicRead = true;
  adminState.dueRules = new Map();
}

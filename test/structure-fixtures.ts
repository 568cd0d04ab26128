/** A small Kent 2008 structure, two directorates deep to a unit, for tests of pure functions (tests only). */
import type { Structure } from '@/data/contract/dataset-schema';

export const KENT_2008: Structure = {
  id: 'kcc-2008',
  name: 'Kent 2008',
  asAt: '2008-04-14',
  nodes: [
    { id: 'kass', name: 'Adult Social Services', kind: 'directorate', parentId: null },
    { id: 'kass-east', name: 'East Kent', kind: 'division', parentId: 'kass' },
    { id: 'kass-east-op', name: 'Older People', kind: 'unit', parentId: 'kass-east' },
    { id: 'cfe', name: 'Children, Families & Education', kind: 'directorate', parentId: null },
  ],
};

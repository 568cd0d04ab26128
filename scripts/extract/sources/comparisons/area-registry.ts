/**
 * Every area the comparison tables name, with the spellings the papers print.
 * Kent itself is the manifest authority, so it is recognised but never defined here.
 * An abbreviation is expanded only where it can mean one authority alone.
 */
import type { Area } from '../../../../src/data/contract/dataset-schema';

export interface AreaEntry extends Area {
  /** Spellings printed in the papers (compared case-insensitively, spaces squeezed). */
  printed: string[];
  /** Why a printed form was read as this area, when it is not the plain name. */
  reading?: string;
}

const county = (id: string, name: string, printed: string[] = [], reading?: string): AreaEntry => ({
  id,
  name,
  type: 'county',
  printed: [name, ...printed],
  ...(reading ? { reading } : {}),
});

const district = (id: string, name: string): AreaEntry => ({
  id,
  name,
  type: 'district',
  region: 'south-east',
  printed: [name],
});

export const areaRegistry: AreaEntry[] = [
  county('essex', 'Essex'),
  county(
    'gloucestershire',
    'Gloucestershire',
    ['Gloucs'],
    "'Gloucs' is the usual short form of Gloucestershire",
  ),
  county('lancashire', 'Lancashire', ['Lancs'], "'Lancs' is the usual short form of Lancashire"),
  county(
    'hampshire',
    'Hampshire',
    ['Hamps', 'Hants'],
    "'Hamps' and 'Hants' are the usual short forms of Hampshire",
  ),
  county('suffolk', 'Suffolk'),
  county('west-sussex', 'West Sussex'),
  county('east-sussex', 'East Sussex'),
  county('surrey', 'Surrey'),
  county('hertfordshire', 'Hertfordshire'),
  county('bedfordshire', 'Bedfordshire'),
  county('buckinghamshire', 'Buckinghamshire'),
  county('oxfordshire', 'Oxfordshire'),
  county('northamptonshire', 'Northamptonshire'),
  county('worcestershire', 'Worcestershire'),
  county('warwickshire', 'Warwickshire'),
  county('staffordshire', 'Staffordshire'),
  county('nottinghamshire', 'Nottinghamshire'),
  county('cheshire', 'Cheshire'),
  { id: 'swindon', name: 'Swindon', type: 'unitary', printed: ['Swindon'] },
  { id: 'leeds', name: 'Leeds', type: 'metropolitan', printed: ['Leeds'] },
  {
    id: 'wessex-yot',
    name: 'Wessex (youth offending team)',
    type: 'other',
    printed: ['Wessex'],
    reading: "'Wessex' is printed as a youth offending team in the Youth Justice Board table",
  },
  district('ashford', 'Ashford'),
  district('canterbury', 'Canterbury'),
  district('dover', 'Dover'),
  district('shepway', 'Shepway'),
  district('swale', 'Swale'),
  district('thanet', 'Thanet'),
  district('gravesham', 'Gravesham'),
  district('dartford', 'Dartford'),
  district('maidstone', 'Maidstone'),
  district('tunbridge-wells', 'Tunbridge Wells'),
  district('tonbridge-and-malling', 'Tonbridge & Malling'),
  district('sevenoaks', 'Sevenoaks'),
  {
    id: 'south-east',
    name: 'South East',
    type: 'region',
    printed: ['South East', 'South East Region', 'S.EAST', 'south east'],
    reading: "'S.EAST' and 'South East Region' are the South East region",
  },
  {
    id: 'england',
    name: 'England',
    type: 'country',
    printed: ['England', 'ENG', 'All England'],
    reading: "'ENG' is printed beside 'S.EAST' as the England figure",
  },
  {
    id: 'national',
    name: 'National (country not stated)',
    type: 'country',
    printed: ['National', 'National Average', 'National statistics', 'national average'],
    reading:
      "the papers print 'National' without saying whether England, England and Wales or the UK is meant, so it is kept apart from England",
  },
  {
    id: 'statistical-neighbour-average',
    name: 'Statistical neighbour average',
    type: 'average',
    printed: ['Statistical Neighbours'],
  },
  {
    id: 'comparator-group-average',
    name: 'Comparator group average (children’s social services PAF)',
    type: 'average',
    printed: ['Comparator Group Average', 'Comparator group'],
  },
  {
    id: 'yjb-family',
    name: 'Youth Justice Board family group (figure for the group)',
    type: 'average',
    printed: ['Family'],
  },
  {
    id: 'county-average',
    name: 'Average result for counties',
    type: 'average',
    printed: ['Average result for Counties'],
  },
  {
    id: 'counties-top-quartile',
    name: 'Top quartile (counties)',
    type: 'other',
    printed: ['Top Quartile (Counties)'],
  },
  {
    id: 'counties-bottom-quartile',
    name: 'Bottom quartile (counties)',
    type: 'other',
    printed: ['Bottom Quartile (Counties)'],
  },
  {
    id: 'cipfa-hr-average',
    name: 'CIPFA Human Resources Group average (74 organisations)',
    type: 'average',
    printed: ['AVERAGE'],
  },
  {
    id: 'district-councils-average',
    name: 'District councils average (UCL FOI survey)',
    type: 'average',
    printed: ['District Councils'],
  },
  {
    id: 'upper-tier-average',
    name: 'County, unitary, metropolitan and London borough average (UCL FOI survey)',
    type: 'average',
    printed: ['County, Unitary, Metropolitan & London Boroughs'],
  },
];

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const byPrinted = new Map<string, AreaEntry>();
for (const entry of areaRegistry) {
  for (const form of entry.printed) byPrinted.set(squeeze(form), entry);
}

export const KENT = 'kent';
const kentForms = new Set(['kent', 'kcc']);

/** The area id for a printed name; throws for a name nobody has read yet, so none slips through. */
export function areaIdFor(printed: string): string {
  const key = squeeze(printed.replace(/<\/?[a-z]+>/gi, ''));
  if (kentForms.has(key)) return KENT;
  const entry = byPrinted.get(key);
  if (!entry) throw new Error(`comparisons: no area for printed name "${printed}"`);
  return entry.id;
}

/** A provenance note when the paper prints an area differently from its name here. */
export function printedAreaNote(printed: string): string | undefined {
  const id = areaIdFor(printed);
  const clean = printed.replace(/<\/?[a-z]+>/gi, '').trim();
  if (id === KENT) return clean === 'Kent' ? undefined : `Kent printed as "${clean}"`;
  const entry = areaRegistry.find((candidate) => candidate.id === id);
  if (!entry || entry.name.toLowerCase() === clean.toLowerCase()) return undefined;
  return `printed as "${clean}"${entry.reading ? `: ${entry.reading}` : ''}`;
}

export function isKnownArea(id: string): boolean {
  return id === KENT || areaRegistry.some((entry) => entry.id === id);
}

export function toArea(entry: AreaEntry): Area {
  return {
    id: entry.id,
    name: entry.name,
    type: entry.type,
    ...(entry.region ? { region: entry.region } : {}),
  };
}

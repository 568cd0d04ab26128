/**
 * The reviewed list of table rows that print a figure no record cites, and why each is left out
 * of the dataset (issue 12). The audit explains a row by its table's own heading where that says
 * budget or staffing; every other uncited row must be listed here, by a person who has read it,
 * or the audit reports it as unexplained. Ranges are inclusive line numbers of one table.
 *
 *   budget        cost-centre lines of a budget table (FTE, £000, cost codes)
 *   staffing      FTE and workforce tables
 *   context       background the plan gives (populations, profiles, work plans), not a measure
 *   not-a-figure  numbers that are not figures: priority numbers, phone extensions, garbled page furniture
 *   not-extracted a figure that belongs in the dataset and is not yet read: a known gap, listed in docs/data-quality.md
 */
export const UNCITED_REASONS = [
  'budget',
  'staffing',
  'context',
  'not-a-figure',
  'not-extracted',
] as const;
export type UncitedReasonKind = (typeof UNCITED_REASONS)[number];

export interface ReviewedRange {
  document: string;
  from: number;
  to: number;
  reason: UncitedReasonKind;
  why: string;
}

const P000 = '000_c658134f0934d186.txt';
const P001 = '001_23223e66fe6ffd0f.txt';
const P004 = '004_02ef8f1cbe0338b4.txt';

const range =
  (reason: UncitedReasonKind, prefix = '') =>
  (document: string, from: number, to: number, why: string): ReviewedRange => ({
    document,
    from,
    to,
    reason,
    why: `${prefix}${why}`,
  });
const budget = range(
  'budget',
  'budget table (FTE, £000 and cost-centre columns) under the heading: ',
);
const staffing = range('staffing');
const context = range('context');
const notAFigure = range('not-a-figure');

export const reviewedUncited: readonly ReviewedRange[] = [
  budget(P000, 202, 203, '|----------------|---|----------------|----------------------------|--'),
  budget(P000, 216, 217, '|----------------|---|----------------|-------------------------|-----'),
  budget(P001, 1021, 1053, 'Supported Accommodation'),
  budget(P001, 1100, 1101, 'Other Services'),
  staffing(P001, 1289, 1309, 'FTE staffing table under “Policy Performance & Quality Assurance”'),
  context(P001, 1517, 1523, 'district population 2001–2011 (ONS estimates)'),
  context(
    P001,
    1534,
    1550,
    'expected numbers of people with a learning disability by district (2% and 0.5% of the 18+ population)',
  ),
  context(
    P001,
    1573,
    1579,
    'BME population by district, 2001 and 2005 (ONS experimental estimates)',
  ),
  context(P001, 2523, 2528, 'BME population by district (ONS experimental estimates)'),
  budget(P001, 3026, 3027, '- 47W Supported & Other Accommodation'),
  budget(P001, 3066, 3077, '56B Area Management Team'),
  budget(P001, 3950, 3954, 'Nursing Care'),
  budget(P001, 4016, 4024, 'Draft'),
  budget(P001, 4157, 4158, 'Draft'),
  staffing(P001, 4291, 4295, 'FTE staffing table under “Draft”'),
  context(
    P001,
    4512,
    4535,
    'the Supporting People needs analysis: funded household units by client group and their share of the grant (a profile of services, not a measure)',
  ),
  budget(P001, 6074, 6075, 'Commissioning - General'),
  budget(P001, 6089, 6097, 'Additional Educational Needs & Resources'),
  budget(P001, 6108, 6119, 'Attendance and Behaviour Service'),
  budget(P001, 6130, 6137, 'Specialist Teaching Service'),
  budget(P001, 6148, 6151, 'Educational Psychology Service'),
  budget(P001, 6162, 6166, 'Minority Community Achievement Service'),
  budget(P001, 6177, 6180, 'Joint Commissioning Service'),
  context(P001, 6362, 6362, 'an example survey in the user-involvement plan (7000 is its sample)'),
  staffing(P001, 6493, 6493, 'FTE staffing table under “ABS”'),
  staffing(P001, 6503, 6503, 'FTE staffing table under “AEN&R”'),
  staffing(P001, 6513, 6513, 'FTE staffing table under “STS”'),
  staffing(P001, 6523, 6523, 'FTE staffing table under “EPS”'),
  staffing(P001, 6531, 6531, 'FTE staffing table under “JCU”'),
  staffing(P001, 6543, 6543, 'FTE staffing table under “MCAS”'),
  budget(P001, 7628, 7643, 'District Summary'),
  budget(P001, 7658, 7672, 'Disability and Specialist Services'),
  budget(P001, 7687, 7690, 'Fostering and Adoption'),
  budget(P001, 7705, 7712, 'Business Planning and Management Unit'),
  budget(P001, 7727, 7730, 'Director of Children Social Services'),
  budget(P001, 7745, 7746, 'Family Group Conference'),
  budget(P001, 7761, 7767, '16+'),
  budget(P001, 7782, 7788, 'Asylum'),
  budget(P001, 7803, 7804, 'Out of Hours'),
  budget(P001, 7819, 7822, 'Early Years (Children Social Services)'),
  context(
    P001,
    8312,
    8325,
    'population aged 0–14 by district, 2005 and projected to 2011 and 2016',
  ),
  budget(P001, 9124, 9129, 'Advisory Service Kent - Secondary'),
  budget(P001, 9146, 9158, 'Advisory Service Kent - Primary'),
  budget(P001, 9178, 9181, 'Advisory Service Kent - Early Years'),
  budget(P001, 9196, 9204, 'Advisory Service Kent - Improvement Partnerships'),
  budget(P001, 9219, 9235, 'Advisory Service Kent - Professional Development'),
  notAFigure(
    P001,
    9425,
    9425,
    'plan cross-references ("28,29,33,47" are numbers of CYPP priorities)',
  ),
  budget(P001, 10412, 10429, 'Clusters'),
  notAFigure(
    P001,
    10480,
    10511,
    'numbered Every Child Matters priorities ("1.1", "2.3") in cluster plans',
  ),
  notAFigure(P001, 10565, 10569, 'numbered Every Child Matters priorities in cluster plans'),
  notAFigure(P001, 10588, 10604, 'numbered Every Child Matters priorities in cluster plans'),
  notAFigure(P001, 10662, 10692, 'numbered Every Child Matters priorities in cluster plans'),
  budget(P001, 11196, 11203, 'Finance'),
  budget(P001, 11255, 11257, 'Contingency'),
  budget(P001, 11927, 11936, 'School Organisation'),
  budget(P001, 11947, 11954, '14-24 Unit'),
  budget(P001, 11965, 11969, 'Early Years and Childcare Operations Unit'),
  budget(P001, 12742, 12743, 'Building Schools for the future, PFI and Academies Unit'),
  budget(P001, 12758, 12763, 'Client Services'),
  budget(P001, 12780, 12782, 'Business Management'),
  budget(P001, 12799, 12801, 'ISG'),
  budget(P001, 12816, 12817, 'Digital Curriculum'),
  budget(P001, 12891, 12892, 'Strategic Management'),
  budget(P001, 13552, 13559, 'Strategic Planning and Review'),
  budget(P001, 13568, 13584, 'Strategic Planning and Review'),
  budget(P001, 13597, 13608, 'Extended Services'),
  budget(
    P001,
    13621,
    13626,
    'Kent Music School (part of Policy and Performance - Vulnerable Childre',
  ),
  budget(P001, 13640, 13643, 'Project Management'),
  budget(P001, 13655, 13657, 'Page 722'),
  staffing(
    P001,
    13830,
    13830,
    'FTE staffing table under “Strategy, Policy and Performance Division”',
  ),
  staffing(P001, 13847, 13847, 'FTE staffing table under “Policy and Performance”'),
  staffing(P001, 13855, 13855, 'FTE staffing table under “Management Information”'),
  staffing(P001, 13863, 13863, 'FTE staffing table under “Strategic Planning and Review”'),
  staffing(
    P001,
    13872,
    13872,
    'FTE staffing table under “Managing Director and Democratic Support”',
  ),
  staffing(P001, 13880, 13880, 'FTE staffing table under “Extended Service Development”'),
  staffing(P001, 13888, 13888, 'FTE staffing table under “International Development”'),
  staffing(P001, 13896, 13896, 'FTE staffing table under “Project Management”'),
  budget(P001, 14310, 14310, 'Page 758'),
  staffing(P001, 14326, 14326, 'FTE reconciliation of a staffing table ("RECON") under “N”'),
  staffing(P001, 17980, 17980, 'FTE reconciliation of a staffing table ("RECON") under “RECON”'),
  context(P001, 19405, 19405, 'the user-involvement plan (survey year "08")'),
  context(
    P001,
    20108,
    20127,
    'enrolments by age range, gender and disability (a profile of learners, not a measure of performance)',
  ),
  budget(
    P001,
    20391,
    20396,
    'Our funding levels for 2008/09 will be determined in the planning roun',
  ),
  context(P001, 20467, 20470, 'who uses KEY’s services, by group (a profile)'),
  staffing(
    P001,
    21308,
    21310,
    'FTE staffing table under “At the end of December 2007, the Youth Service’s workforce profile was”',
  ),
  staffing(
    P001,
    22745,
    22748,
    'FTE staffing table under “4.3 CAPACITY, SKILLS AND DEVELOPMENT PLANNING”',
  ),
  context(P001, 23011, 23018, 'food premises by type (the size of the inspection universe)'),
  context(P001, 23026, 23033, 'feed premises by type (the size of the inspection universe)'),
  context(
    P001,
    23229,
    23238,
    'the planned food and feed programme for 2008/9 (businesses to be supported), a work plan rather than a measure with results',
  ),
  notAFigure(P001, 28418, 28437, 'telephone extensions in a contact list'),
  notAFigure(P001, 28445, 28460, 'telephone extensions in a contact list'),
  notAFigure(P001, 28468, 28475, 'telephone extensions in a contact list'),
  notAFigure(P004, 1200, 1200, 'page furniture garbled in conversion (a lone "42")'),
  notAFigure(P004, 1207, 1211, 'page furniture garbled in conversion ("-|1|l")'),
  notAFigure(
    P004,
    1362,
    1364,
    'page furniture garbled in conversion ("2 | 2", "• | 7") between pages of the Youth Justice activity table',
  ),
];

/** The reviewed range a row falls in, if any. */
export function reviewedRange(document: string, line: number): ReviewedRange | undefined {
  return reviewedUncited.find((r) => r.document === document && r.from <= line && line <= r.to);
}

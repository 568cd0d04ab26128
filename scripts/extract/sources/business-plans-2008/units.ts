/**
 * The 2008/09 unit business plans as the Cabinet paper of 14 April 2008 (001) lays them out.
 * Each plan is found by the line its title starts on; `extract` checks the text is still
 * there, so an edited paper fails loudly instead of shifting every figure to the wrong unit.
 */
export const PLANS_DOCUMENT = '001_23223e66fe6ffd0f.txt';

export type DirectorateId = 'kass' | 'cfe' | 'communities' | 'e-and-r' | 'ceo';

export interface DirectorateEntry {
  id: DirectorateId;
  name: string;
  /** Appendix One of the covering report lists each directorate's plans on one line. */
  appendixLine: number;
  appendixText: string;
  /** Where the directorate's own introduction starts, when it has one outside a unit plan. */
  introLine?: number;
  introText?: string;
}

export interface PlanEntry {
  id: string;
  name: string;
  directorate: DirectorateId;
  /** A division that groups plans (only Business Solutions & Policy does, in this paper). */
  parentId?: string;
  kind: 'division' | 'unit';
  titleLine: number;
  /** The start of the title line, as printed (markdown asterisks included). */
  titleText: string;
}

export const directorates: DirectorateEntry[] = [
  {
    id: 'kass',
    name: 'Adult Social Services',
    appendixLine: 465,
    appendixText: '<p>Adult Social Services</p>',
  },
  {
    id: 'cfe',
    name: 'Children, Families & Education',
    appendixLine: 466,
    appendixText: '<p>Children, Families & Education</p>',
    introLine: 4686,
    introText: "Managing Director's Introduction 2008/9",
  },
  {
    id: 'communities',
    name: 'Communities',
    appendixLine: 466,
    appendixText: '<p>Communities</p>',
    introLine: 18778,
    introText: 'COMMUNITIES DIRECTORATE',
  },
  {
    id: 'e-and-r',
    name: 'Environment & Regeneration',
    appendixLine: 467,
    appendixText: '<p>Environment & Regeneration</p>',
    introLine: 24894,
    introText: '**Environment & Regeneration',
  },
  {
    id: 'ceo',
    name: "Chief Executive's Department",
    appendixLine: 467,
    appendixText: "<p>Chief Executive's Department</p>",
  },
];

const unit = (
  id: string,
  name: string,
  directorate: DirectorateId,
  titleLine: number,
  titleText: string,
  parentId?: string,
): PlanEntry => ({
  id,
  name,
  directorate,
  kind: 'unit',
  titleLine,
  titleText,
  ...(parentId ? { parentId } : {}),
});

export const plans: PlanEntry[] = [
  unit('kass-headquarters', 'Headquarters', 'kass', 471, '**Headquarters'),
  unit(
    'east-kent-adult-social-services',
    'East Kent Adult Social Services',
    'kass',
    1356,
    'East Kent Adult Social Services',
  ),
  unit(
    'west-kent-adult-social-services',
    'West Kent Adult Social Services',
    'kass',
    2352,
    'West Kent Adult Social Services',
  ),
  unit(
    'adult-mental-health-services',
    'Adult Mental Health Services',
    'kass',
    3228,
    '**Adult Mental Health Services',
  ),
  unit('kent-wide-services', 'Kent-wide Services', 'kass', 3671, '**Kent-wide Services'),
  unit('supporting-people', 'Supporting People', 'kass', 4346, '**Supporting People'),
  unit(
    'cfe-commissioning-division',
    'Commissioning Division',
    'cfe',
    5046,
    'Commissioning Division',
  ),
  unit(
    'childrens-social-services',
    "Children's Social Services",
    'cfe',
    6933,
    "Children's Social Services",
  ),
  unit(
    'childrens-health-commissioning-division',
    "Children's Health Commissioning Division",
    'cfe',
    8120,
    "Children's Health Commissioning Division",
  ),
  unit(
    'standards-and-achievement-division',
    'Standards and Achievement Division',
    'cfe',
    8692,
    'Standards and Achievement Division',
  ),
  unit(
    'cfe-operations-division-clusters',
    "Operations Division: Clusters & Local Children's Services Partnerships",
    'cfe',
    9805,
    'Operations Division',
  ),
  unit(
    'cfe-finance-and-corporate-services-division',
    'Finance & Corporate Services Division',
    'cfe',
    10866,
    'Finance & Corporate Services Division',
  ),
  unit('cfe-school-organisation', 'School Organisation', 'cfe', 11452, 'School Organisation'),
  unit('cfe-resources-division', 'Resources Division', 'cfe', 12274, 'Resources Division'),
  unit(
    'cfe-strategy-policy-and-performance-division',
    'Strategy, Policy and Performance Division',
    'cfe',
    13084,
    'Strategy, Policy and Performance Division',
  ),
  unit('corporate-finance', 'Corporate Finance', 'ceo', 14148, 'CORPORATE FINANCE'),
  unit('property-group', 'Property Group', 'ceo', 14449, 'PROPERTY GROUP'),
  unit('commercial-services', 'Commercial Services', 'ceo', 14795, 'COMMERCIAL SERVICES'),
  {
    id: 'business-solutions-and-policy',
    name: 'Business Solutions & Policy',
    directorate: 'ceo',
    kind: 'division',
    titleLine: 15028,
    titleText: 'BUSINESS SOLUTIONS & POLICY',
  },
  unit(
    'corporate-policy',
    'Corporate Policy',
    'ceo',
    15073,
    '**Corporate Policy',
    'business-solutions-and-policy',
  ),
  unit(
    'performance-management-group',
    'Performance Management Group',
    'ceo',
    15303,
    '**PERFORMANCE MANAGEMENT',
    'business-solutions-and-policy',
  ),
  unit(
    'kent-partnership',
    'Kent Partnership',
    'ceo',
    15481,
    '**Kent Partnership',
    'business-solutions-and-policy',
  ),
  unit(
    'information-services-group',
    'Information Services Group',
    'ceo',
    15709,
    '**Information Services Group',
    'business-solutions-and-policy',
  ),
  unit(
    'change-through-innovation',
    'Change through Innovation',
    'ceo',
    16107,
    '**CHANGE THROUGH',
    'business-solutions-and-policy',
  ),
  unit(
    'european-affairs-group',
    'European Affairs Group',
    'ceo',
    16508,
    '**European Affairs Group',
    'business-solutions-and-policy',
  ),
  unit(
    'legal-and-democratic-services',
    'Legal & Democratic Services',
    'ceo',
    16710,
    '**LEGAL & DEMOCRATIC',
  ),
  unit(
    'personnel-and-development',
    'Personnel & Development',
    'ceo',
    17172,
    'PERSONNEL & DEVELOPMENT',
  ),
  unit(
    'communication-and-media-centre',
    'Communication & Media Centre',
    'ceo',
    17630,
    '**COMMUNICATION & MEDIA',
  ),
  unit(
    'strategic-development-unit',
    'Strategic Development Unit',
    'ceo',
    17846,
    '**STRATEGIC DEVELOPMENT',
  ),
  unit(
    'kent-department-of-public-health',
    'Kent Department of Public Health',
    'ceo',
    18092,
    '**KENT DEPARTMENT OF PUBLIC',
  ),
  unit(
    'supporting-independence-programme',
    'Supporting Independence Programme',
    'ceo',
    18443,
    '**SUPPORTING INDEPENDENCE',
  ),
  unit(
    'libraries-and-archives',
    'Libraries & Archives',
    'communities',
    18965,
    'Libraries & Archives',
  ),
  unit(
    'sport-leisure-and-olympics',
    'Sport, Leisure & Olympics Service',
    'communities',
    19540,
    'Sport, Leisure & Olympics Service',
  ),
  unit(
    'kent-adult-education-service',
    'Kent Adult Education Service',
    'communities',
    20028,
    'Kent Adult Education Service',
  ),
  unit(
    'key-training-services',
    'KEY Training Services Unit',
    'communities',
    20434,
    'KEY Training Services Unit',
  ),
  unit(
    'arts-development-unit',
    'Arts Development Unit',
    'communities',
    20740,
    'Arts Development Unit',
  ),
  unit('kent-youth-service', 'Kent Youth Service', 'communities', 20997, 'KENT YOUTH SERVICE'),
  unit(
    'youth-offending-service',
    'Youth Offending Service',
    'communities',
    21368,
    'Youth Offending Service',
  ),
  unit(
    'kent-drug-and-alcohol-action-team',
    'Kent Drug & Alcohol Action Team',
    'communities',
    21636,
    'Kent Drug & Alcohol Action Team',
  ),
  unit(
    'community-safety-unit',
    'Community Safety Unit',
    'communities',
    21908,
    'COMMUNITY SAFETY UNIT',
  ),
  unit(
    'kent-trading-standards-service',
    'Kent Trading Standards Service',
    'communities',
    22267,
    'KENT TRADING STANDARDS SERVICE',
  ),
  unit(
    'registration-and-coroners-unit',
    'Registration & Coroners Unit',
    'communities',
    23265,
    'Registration & Coroners Unit',
  ),
  unit(
    'emergency-planning-group',
    'Emergency Planning Group',
    'communities',
    23622,
    'Emergency Planning Group',
  ),
  unit(
    'kent-scientific-services',
    'Kent Scientific Services Unit',
    'communities',
    23955,
    'Kent Scientific Services Unit',
  ),
  unit('contact-centre', 'Contact Centre', 'communities', 24291, 'CONTACT CENTRE'),
  unit('turner-contemporary', 'Turner Contemporary', 'communities', 24651, 'Turner Contemporary'),
  unit(
    'kent-highway-services',
    'Kent Highway Services',
    'e-and-r',
    24914,
    '**KENT HIGHWAY SERVICES',
  ),
  unit('environment-and-waste', 'Environment & Waste', 'e-and-r', 26096, '**ENVIRONMENT & WASTE'),
  unit(
    'e-and-r-resources',
    'Resources (Environment & Regeneration)',
    'e-and-r',
    26625,
    'RESOURCES',
  ),
  unit(
    'regeneration-and-economy',
    'Regeneration and Economy',
    'e-and-r',
    27200,
    '**REGENERATION AND ECONOMY',
  ),
  unit(
    'strategy-and-planning',
    'Strategy and Planning',
    'e-and-r',
    28053,
    '**STRATEGY AND PLANNING',
  ),
];

/** A stretch of the paper and the organisation node whose text it is. */
export interface Section {
  nodeId: string;
  from: number;
  to: number;
}

/**
 * Splits the paper from the first plan to its end into the plans and directorate introductions.
 * A plan runs from a few lines above its title (the heading block) to the next boundary.
 */
export function planSections(lineCount: number): Section[] {
  const starts = [
    ...plans.map((plan) => ({ nodeId: plan.id, line: plan.titleLine })),
    ...directorates.flatMap((d) => (d.introLine ? [{ nodeId: d.id, line: d.introLine }] : [])),
  ].sort((a, b) => a.line - b.line);
  return starts.map((start, index) => ({
    nodeId: start.nodeId,
    from: start.line,
    to: (starts[index + 1]?.line ?? lineCount + 1) - 1,
  }));
}

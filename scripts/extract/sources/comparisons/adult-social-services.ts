/**
 * Kent Adult Social Services 'Comparators with other Authorities' (Data from end March 07),
 * printed in four unit plans: Headquarters, East Kent, West Kent and Adult Mental Health.
 */
import { areaIdFor, printedAreaNote } from './area-registry';
import { units, type ComparisonBuilder } from './builder';
import { expectLine } from './guard';
import { measuresByAreas } from './layouts';

const period = '2006/07';
const periodNote = "Printed 'Data from end March 07': the 2006/07 financial year.";

const supportedAtHome = 'higher-is-better' as const;
const supportedReason =
  'Kent’s aim (Towards 2010 target 52) is to increase the number of people supported to live independently in their own homes.';

function measures(b: ComparisonBuilder, line: number) {
  return {
    intensiveHomeCare: b.external('paf-c28'),
    helpedAtHome: b.external('paf-c32'),
    learningDisability: b.measure({
      id: 'cmp-asc-learning-disability-supported-at-home',
      title:
        'People with a learning disability supported in their own homes per 1,000 population aged 18–64',
      unit: units.per(1000, 'population aged 18–64'),
      polarity: supportedAtHome,
      polarityReason: supportedReason,
      line: line + 4,
    }),
    physicalDisability: b.measure({
      id: 'cmp-asc-physical-disability-supported-at-home',
      title:
        'People with a physical disability supported in their own homes per 1,000 population aged 18–64',
      unit: units.per(1000, 'population aged 18–64'),
      polarity: supportedAtHome,
      polarityReason: supportedReason,
      line: line + 5,
    }),
    carePlan: b.measure({
      id: 'cmp-asc-copy-of-care-plan',
      title: 'Percentage of people provided with a copy of their care plan',
      unit: units.percent,
      polarity: 'higher-is-better',
      polarityReason: 'Everyone receiving a service should have a copy of their care plan.',
      line: line + 6,
    }),
  };
}

function columns(b: ComparisonBuilder, headerLine: number) {
  return b.doc
    .cells(headerLine)
    .map((printed, cell) => ({ printed, cell }))
    .filter(({ printed, cell }) => cell > 0 && printed !== '')
    .map(({ printed, cell }) => {
      const note = printedAreaNote(printed);
      return { cell, area: areaIdFor(printed), period, ...(note ? { note } : {}) };
    });
}

export function adultSocialServices(b: ComparisonBuilder): void {
  const printings: Array<{ line: number; unit: string; id: string }> = [
    { line: 684, unit: 'Kent Adult Social Services Headquarters', id: 'asc-hq' },
    { line: 1704, unit: 'East Kent Adult Social Services', id: 'asc-east-kent' },
    { line: 2635, unit: 'West Kent Adult Social Services', id: 'asc-west-kent' },
  ];
  let groupId: string | undefined;
  for (const printing of printings) {
    expectLine(b.doc, printing.line, 'Comparators with other Authorities');
    const header = printing.line + 1;
    const cols = columns(b, header);
    groupId ??= b.namedGroup(
      'asc-comparators-2007',
      'Adult social services comparator authorities (2007)',
      cols.map((column) => column.area).filter((area) => area !== 'kent'),
      header,
    );
    const m = measures(b, printing.line);
    measuresByAreas(
      b,
      {
        id: `cmp-${printing.id}-comparators-2007`,
        title: `Comparators with other authorities, end March 2007 (${printing.unit})`,
        periodNote,
        groupId,
        headLines: [printing.line, header],
      },
      [
        { line: printing.line + 2, indicatorId: m.intensiveHomeCare },
        { line: printing.line + 3, indicatorId: m.helpedAtHome },
        { line: printing.line + 4, indicatorId: m.learningDisability },
        { line: printing.line + 5, indicatorId: m.physicalDisability },
        { line: printing.line + 6, indicatorId: m.carePlan },
      ],
      cols,
    );
  }

  const mh = 3356;
  expectLine(b.doc, mh, 'Mental Health Comparators with other');
  const mentalHealth = b.measure({
    id: 'cmp-asc-mental-health-supported-at-home',
    title:
      'People with mental health needs supported in their own homes per 1,000 population aged 18–64',
    unit: units.per(1000, 'population aged 18–64'),
    polarity: supportedAtHome,
    polarityReason: supportedReason,
    line: mh + 2,
  });
  const carePlan = measures(b, 684).carePlan;
  measuresByAreas(
    b,
    {
      id: 'cmp-asc-mental-health-comparators-2007',
      title:
        'Mental health comparators with other authorities, end March 2007 (Adult Mental Health Services)',
      periodNote,
      ...(groupId ? { groupId } : {}),
      headLines: [mh, mh + 1],
    },
    [
      { line: mh + 2, indicatorId: mentalHealth },
      { line: mh + 3, indicatorId: carePlan },
    ],
    columns(b, mh + 1),
  );
}

/**
 * Comparative facts stated in prose in Kent's draft CPA self-assessment (Policy Overview
 * Co-ordinating Committee, 5 November 2007). A figure for a named area with a stated year
 * becomes an observation; anything without a figure or a year stays a note.
 */
import type { ExtractSource } from '../lib/source';
import { KENT } from './comparisons/area-registry';
import { ComparisonBuilder, units } from './comparisons/builder';
import { expectLine } from './comparisons/guard';

export const CPA_2007 = '002_a8ef03f870c9029a.txt';

function populationGrowth(b: ComparisonBuilder): string {
  const line = 202;
  expectLine(b.doc, line, 'The population of Kent grew by 6.6% between 1994 and 2006');
  const id = b.measure({
    id: 'cpa-population-growth-1994-2006',
    title: 'Population growth between 1994 and 2006 (%)',
    unit: units.percent,
    polarity: 'no-judgement',
    polarityReason: 'Population growth describes the area, not the council’s performance.',
    line,
  });
  const note = 'stated in prose: growth between 1994 and 2006, filed under 2006';
  b.cell(id, KENT, '2006', '6.6%', line, { note });
  b.cell(id, 'south-east', '2006', '5.6%', line, { note: `${note}; printed 'the south east'` });
  b.cell(id, 'england', '2006', '4.6%', line, { note });
  return id;
}

function councilTax(b: ComparisonBuilder): string[] {
  const line = 396;
  expectLine(
    b.doc,
    line,
    "KCC's Band D council tax for 2007/08 is the 7th lowest of the 34 county councils",
  );
  const bandD = b.measure({
    id: 'cpa-band-d-council-tax-rank-among-county-councils',
    title: 'Band D council tax: rank among the 34 county councils (1 = lowest)',
    unit: units.rank('of 34 county councils (1 = lowest council tax)'),
    polarity: 'no-judgement',
    polarityReason:
      'A council tax level is a policy choice; the paper presents a low rank as good value.',
    line,
  });
  const increase = b.measure({
    id: 'cpa-council-tax-increase',
    title: 'Council tax increase, including the fire levy (%)',
    unit: units.percent,
    polarity: 'no-judgement',
    polarityReason: 'A council tax increase is a policy choice.',
    line,
  });
  const increaseRank = b.measure({
    id: 'cpa-council-tax-increase-rank',
    title: 'Council tax increase: rank across the country (1 = lowest increase)',
    unit: units.rank('across the country (1 = lowest increase)'),
    polarity: 'no-judgement',
    polarityReason: 'A council tax increase is a policy choice.',
    line,
  });
  b.cell(bandD, KENT, '2007/08', '7', line, {
    note: "stated in prose: '7th lowest of the 34 county councils'",
  });
  b.cell(increase, KENT, '2007/08', '4.9%', line, {
    note: "stated in prose: 'At 4.9% (including the fire levy)'",
  });
  b.cell(increaseRank, KENT, '2007/08', '12', line, {
    note: "stated in prose: 'the 12th lowest across the country'",
  });
  return [bandD, increase, increaseRank];
}

function stonewall(b: ComparisonBuilder): string {
  const line = 472;
  expectLine(b.doc, line, 'In 2006 KCC was successfully re-accredited');
  const id = b.measure({
    id: 'cpa-stonewall-workplace-equality-index-rank',
    title: 'Stonewall Workplace Equality Index: rank among the top 100 employers',
    unit: units.rank('in the top 100 employers (1 = best)'),
    polarity: 'lower-is-better',
    polarityReason: 'A higher place (smaller number) in the index is better.',
    line,
  });
  b.cell(id, KENT, '2007', '37', line, {
    note: "stated in prose: 'The 2007 Stonewall Equality Index ranked KCC 37th'",
  });
  return id;
}

function notes(b: ComparisonBuilder, stonewallId: string): void {
  b.note(
    'other',
    "CPA self-assessment: 'A quarter of the Kent workforce (25.6%) is qualified to at least NVQ level 4, behind both the national average (28.7%) and the figure for the south east as a whole (31.3%). The percentage of those with no qualifications, at 13%, is higher than for the south east (10.1%) but below the national average of 14.2%.' No year is given, so these figures are kept as this note.",
    [206],
  );
  b.note(
    'other',
    "CPA self-assessment: 'Car ownership in Kent, at 78%, is higher than the national average of 73%.' No year is stated for this sentence (the paragraph opens with the 2001 census), so it is kept as this note.",
    [208],
  );
  b.note(
    'other',
    "CPA self-assessment: 30% of Kent's population lives in rural areas, 'higher than the national average' (no national figure printed).",
    [196],
  );
  b.note(
    'other',
    "CPA self-assessment: KCC's Use of Resources rating in 2006 was the highest of any county council (no score printed).",
    [298],
  );
  b.note(
    'other',
    'CPA self-assessment: KCC received a government grant equal lowest of any county; has the lowest band D council tax of all county councils rated four star and improving strongly; and is in the top quartile for achieving efficiency savings (no figures printed).',
    [396, 398],
  );
  const other = 'Cabinet 14 April 2008, CFE Strategy, Policy and Performance plan (001 line 13390)';
  b.note(
    'ambiguous',
    `Stonewall Workplace Equality Index: the CPA self-assessment says KCC was ranked 37th in 2007; the ${other} says 'KCC has been ranked as 29th in the top 100 employers … according to the latest Workplace Equality Index' with no year. Probably different years; only the dated 2007 rank is filed.`,
    [472],
    [stonewallId],
  );
}

export const cpa2007Source: ExtractSource = {
  file: 'cpa-2007.json',
  extract(open) {
    const b = new ComparisonBuilder(open(CPA_2007));
    const ids = [populationGrowth(b), ...councilTax(b), stonewall(b)];
    notes(b, ids[ids.length - 1] ?? '');
    // The other Stonewall rank is in the business plans; cite it too.
    b.notes[b.notes.length - 1]?.provenance.push(open('001_23223e66fe6ffd0f.txt').at(13390));
    b.table({
      id: 'cmp-cpa-2007-comparative-facts',
      title: 'Comparative facts stated in the CPA self-assessment (2007)',
      indicatorIds: ids,
      areaIds: [KENT, 'south-east', 'england'],
      periodNote:
        'Stated in prose, not a printed table; each figure keeps the year the text gives.',
      lines: [202, 396, 472],
    });
    return b.bundle(
      'Comparative facts stated in prose in Kent’s draft CPA self-assessment (November 2007): figures for named areas with a year, and notes for the rest.',
    );
  },
};

/**
 * The glossary's terms. Where the domain already words a rule (the rating rules, polarity), the
 * entry quotes it from there, so the help can never drift from what the app actually does.
 */
import { FRAMEWORKS, frameworkWords, type Framework } from '@/domain/frameworks';
import { describePolarity } from '@/domain/polarity';
import type { PolarityKind } from '@/domain/types';
import { describeRule, RULE_NAMES, type RatingRuleInput } from '@/domain/rating';

export interface GlossaryEntry {
  /** The anchor other pages link to: `/help#floor`. */
  id: GlossaryTermId;
  term: string;
  /** Paragraphs of plain explanation. */
  text: string[];
  /** Rules or kinds worded by the domain, listed under the explanation. */
  list?: { name: string; words: string }[];
}

export const glossaryTermIds = [
  'rag-rule',
  'target',
  'floor',
  'not-rated',
  'ytd',
  'forecast',
  'direction-of-travel',
  'polarity',
  'frameworks',
  'exceptions',
] as const;
export type GlossaryTermId = (typeof glossaryTermIds)[number];

const ruleExamples: RatingRuleInput[] = [
  { type: 'target-floor' },
  { type: 'target-tolerance', tolerance: 5, toleranceKind: 'percent' },
  { type: 'paf-bands' },
  { type: 'milestone' },
  { type: 'lpsa-stretch' },
];

const polarities: PolarityKind[] = [
  'higher-is-better',
  'lower-is-better',
  'within-range',
  'no-judgement',
  'unknown',
];

/** What each framework is, for people who did not live through them. */
export const frameworkExplanations: Record<Framework, string> = {
  PAF: 'Performance Assessment Framework: the social services measures the Commission for Social Care Inspection banded from 1 (investigate urgently) to 5 (very good), until 2008.',
  BVPI: 'Best Value Performance Indicators: the national set every council reported each year from 2000 to 2008.',
  NI: 'National Indicator Set: the 198 measures that replaced the Best Value indicators from April 2008; codes run NI 1 to NI 198.',
  LPSA: 'Local Public Service Agreement: targets stretched beyond what was expected, with a reward grant paid for meeting them.',
  LAA: 'Local Area Agreement: the targets Kent agreed with government and its partners (the Kent Agreement).',
  T2010: 'Kent County Council’s own programme of 63 targets for the years to 2010.',
  LOCAL: 'Measures the council set itself, with no national code.',
};

export const glossary: GlossaryEntry[] = [
  {
    id: 'rag-rule',
    term: 'RAG status and the rating rule',
    text: [
      'Each figure is given a status: Red, Amber or Green, or Not rated. Ragstone works the status out itself from the figure, the target and the rule the indicator is rated by, and always says why (“Amber: 71% is below the 80% target but at or above the 75% floor”). Statuses are shown with a shape as well as a colour.',
      'The rules in use:',
    ],
    list: ruleExamples.map((rule) => ({ name: RULE_NAMES[rule.type], words: describeRule(rule) })),
  },
  {
    id: 'target',
    term: 'Target',
    text: [
      'The level the business plan aims for by the end of the year. Monthly and quarterly figures are rated against it as the year goes on.',
    ],
  },
  {
    id: 'floor',
    term: 'Floor standard',
    text: [
      'The lowest acceptable level, set in the business plan beside the target. A result below the floor is Red, and management action is expected. Between the floor and the target is Amber.',
    ],
  },
  {
    id: 'not-rated',
    term: 'Not rated',
    text: [
      'No status is given when there is no target, no figure yet, the figure is reported less often, or the measure is activity (demand) rather than performance. The reason is always said beside it.',
    ],
  },
  {
    id: 'ytd',
    term: 'YTD (year to date)',
    text: [
      'The figure for the financial year so far, from April to the latest month or quarter, rather than for the latest period alone. It can be Red when the latest month is Green, or the other way round.',
    ],
  },
  {
    id: 'forecast',
    term: 'Forecast',
    text: [
      'For indicators reported once a year, the figure expected at the year end. During the year the forecast is rated against the year-end target.',
    ],
  },
  {
    id: 'direction-of-travel',
    term: 'Direction of travel',
    text: [
      'Whether the latest figure is better or worse than the one before it of the same kind (the month before, or the same period last year). Arrows point to better or worse, not up or down: the indicator’s polarity has already been applied.',
    ],
  },
  {
    id: 'polarity',
    term: 'Polarity',
    text: [
      'Which way is better for an indicator. A rising number of delayed discharges is bad news; a rising percentage of calls answered is good. The possible polarities:',
    ],
    list: polarities.map((polarity) => ({
      name: polarity.replace(/-/g, ' '),
      words: `${describePolarity(polarity).charAt(0).toUpperCase()}${describePolarity(polarity).slice(1)}.`,
    })),
  },
  {
    id: 'frameworks',
    term: 'Frameworks and codes',
    text: [
      'An indicator’s code says which national or local set it belongs to. One indicator can carry several codes (a PAF measure that is also a Best Value indicator). Search by a code, such as NI 111 or PAF C28, to find it in any structure.',
    ],
    list: FRAMEWORKS.map((framework) => ({
      name: frameworkWords[framework].name,
      words: frameworkExplanations[framework],
    })),
  },
  {
    id: 'exceptions',
    term: 'Exceptions',
    text: [
      'The indicators that need attention: Red, Red and getting worse, Amber and getting worse, or with no figure when one was due.',
    ],
  },
];

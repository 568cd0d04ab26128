/**
 * Unit and polarity from an indicator's printed title and cells. Only wording that states them
 * counts; anything else is left 'unknown' with the reason, never inferred from the figures alone.
 */
import type { MeasureUnit, Polarity } from '../../../../src/data/contract/dataset-schema';

/** Key Stage results are the share of pupils reaching a level or grades, whatever the cells print. */
const ATTAINMENT =
  /\b(KS[1-4]|key stage [1-4])\b.*\b(level [2-6]\s?\+|english|maths|science)\b|\blevel [45]\s?\+|\b5\s?\+\s?grades\s+A|achieving level [45] in|\blevel [2-6] or above\b.*\b(KS[1-4]|key stage [1-4])\b|\bA\*?\s?[-–]\s?C grades\b/i;

export function unitFor(title: string, printedCells: string[], tableHeader = ''): MeasureUnit {
  // "Change in rate of teenage pregnancy … per 1,000" printed "-10.3%": a percentage change, not a rate.
  if (/^\s*change in (the )?rate\b/i.test(title) && printedCells.some((cell) => /%/.test(cell)))
    return { type: 'percent', label: 'change on the baseline' };
  const rate = /per\s+(1,?000|10,?000|100,?000|100)\b\s*(?:-\s*)?([^.;()]*)/i.exec(title);
  if (rate?.[1]) {
    const label = (rate[2] ?? '').trim().replace(/\s+/g, ' ');
    return { type: 'rate', per: Number(rate[1].replace(/,/g, '')), ...(label ? { label } : {}) };
  }
  const cells = printedCells.join(' ');
  if (/%/.test(cells) || /^\s*(%|percentage|proportion)|\bpercentage of\b|\(%\)|\s%\s/i.test(title))
    return { type: 'percent' };
  if (/£/.test(cells) || /£|\bcost\b|\bspend\b|income|budget/i.test(title))
    return { type: 'currency', label: labelFromTitle(title, /£\s?(k|m|000s?)|£'000/i) };
  if (/\bdays?\b/i.test(cells) || /(number of|average|mean)\s+(working\s+)?days/i.test(title))
    return { type: 'days' };
  if (/\bweeks?\b/i.test(cells)) return { type: 'weeks' };
  if (ATTAINMENT.test(title) || /key stage outcomes/i.test(tableHeader))
    return { type: 'percent', label: 'pupils reaching the level' };
  if (/\bscore\b/i.test(title)) return { type: 'score' };
  if (/^\s*(the\s+)?(total\s+)?(number|no\.?)\s+of\b|^\s*no\s|\bnumbers? of\b/i.test(title))
    return { type: 'count' };
  return { type: 'count', label: 'unit not stated in the paper; figures as printed' };
}

function labelFromTitle(title: string, pattern: RegExp): string {
  const match = pattern.exec(title);
  return match ? `as printed: ${match[0]}` : 'pounds, as printed';
}

interface PolarityRule {
  pattern: RegExp;
  polarity: Polarity;
  why: string;
}

// Order matters: 'within N days' is about speed of response, whatever else the title says.
const rules: PolarityRule[] = [
  {
    pattern: /abandon(ed|ment)? (rate|calls)|calls? abandon/i,
    polarity: 'lower-is-better',
    why: 'calls abandoned before they are answered',
  },
  {
    pattern: /diverted from landfill/i,
    polarity: 'higher-is-better',
    why: 'waste kept out of landfill',
  },
  {
    pattern:
      /within\s+\d+\s*(working\s+)?(days?|weeks?|hours?|minutes?|mins|seconds?)|within (timescale|target)|on time|in time/i,
    polarity: 'higher-is-better',
    why: 'a share done within a time limit',
  },
  {
    pattern: /satisf|customers? (who )?rat(e|ing) .* good/i,
    polarity: 'higher-is-better',
    why: 'a satisfaction measure',
  },
  {
    pattern:
      /admissions? of .*(residential|nursing|care)|permanent(ly)? exclu|half days missed|persistent absence|re-?offend|conception|arrears|vacant|eviction|killed or seriously|casualt|sickness|days lost|delayed transfer|landfill|\bNEET\b|not in education, employment|rough sleep|repeat incidents|first time entrants|complaints? (received|upheld)|average time taken|time taken to/i,
    polarity: 'lower-is-better',
    why: 'the title counts something the service aims to reduce',
  },
  {
    pattern: /\bcrimes? per\b|burglar|vehicle crime|turnaround time|waiting time/i,
    polarity: 'lower-is-better',
    why: 'the title counts crime or waiting, which the service aims to reduce',
  },
  {
    // Wording that sets a ceiling or names something to shrink (issue 12's sample: "less than 9%",
    // "achievement gap", "out of work benefits").
    pattern:
      /\b(to be )?less than \d|\bno more than\b|\bmaximum of\b|achievement gap|gap between|out of work benefit|incapacity benefit|claimant count|teenage pregnan|\bNEETs\b|vacanc|surplus (places|capacity)|re-?registrations?|3 or more placements|robber|\bBMI\b|\bSTIs?\b|as a problem|prohibition notices|missing \d+ days|(early|ill health) retirement|temporary classrooms|maintenance backlog|re-?let times?|alcohol related admissions|offending rate|\bdefaults?\b|response time|not yet adopted/i,
    polarity: 'lower-is-better',
    why: 'the wording sets a ceiling or names something the service aims to reduce',
  },
  {
    pattern: /level [45]\s?\+|grades? a\*?\s?[-–]\s?c\b|success rate/i,
    polarity: 'higher-is-better',
    why: 'an attainment or success rate',
  },
  {
    pattern:
      /helped to live at home|intensive home care|receiving a review|statement of their need|direct payments|achiev|attain|level 4\+|5 ?A\*|qualification|participation|take[- ]up|recycl|composted|visits? to|\busers? of\b|independent living|settled accommodation|in employment, education|immunis|breastfeed|increase the/i,
    polarity: 'higher-is-better',
    why: 'the title counts an outcome the service aims to increase',
  },
  {
    // Wording that sets a floor, or names a result the service exists to deliver.
    pattern:
      /\bminimum of\b|\bat least\b|\bmin\b|answer(ed)? rate|\bavailability\b|resolved at first point|good career advice|first preference|offered a place|positive (residual|progression|press)|complian(ce|t)|accessib|apprentice|top 5%|(health|dental) checks|retained in treatment|effective treatment|planned way|suitable (full time )?(education|accommodation)|\breviewed\b|\badopted\b|communicated their views|transition plan|equality standard|within (budget|cash limit)|paid (within|to term)|\bengaged\b|(accredited|recorded) outcome|\bGCSE|\bL[45]\+|occupancy rate|rent return|income generated|external funding|funds levered|funding secured/i,
    polarity: 'higher-is-better',
    why: 'the wording sets a floor or names a result the service aims to raise',
  },
];

export function polarityFor(
  title: string,
  kind: 'performance' | 'activity',
): { polarity: Polarity; polarityReason: string } {
  if (kind === 'activity')
    return {
      polarity: 'no-judgement',
      polarityReason: 'an activity (demand) figure: more or less is not better or worse',
    };
  for (const rule of rules) {
    const match = rule.pattern.exec(title);
    if (match)
      return {
        polarity: rule.polarity,
        polarityReason: `the title says "${match[0]}": ${rule.why}`,
      };
  }
  return {
    polarity: 'unknown',
    polarityReason: 'neither the title nor the plan says which direction is better',
  };
}

export interface PlanFigure {
  period: string;
  measure: string;
  value: number;
}

const increaseWord = /\bincreas(e|es|ed|ing)\b/i;
const reduceWord = /\breduc(e|es|ed|ing|tion)\b/i;
const completionMeasure = /\b(achiev\w*|complet(e|ed|es|ing|ion)|satisf\w*|taking part)\b/i;

/**
 * For a performance row whose title alone left the polarity unknown: states one only when the
 * row's own words give a direction AND every target the plan sets lies on that side of every
 * actual and estimate it prints. Words without agreeing targets, or targets without words,
 * leave it unknown: a target below last year's figure may be realism, not a change of aim.
 */
export function polarityFromTargets(
  title: string,
  unit: MeasureUnit,
  figures: PlanFigure[],
): { polarity: Polarity; polarityReason: string } | null {
  const targets = figures
    .filter((figure) => figure.measure === 'target')
    .sort((a, b) => a.period.localeCompare(b.period));
  const actuals = figures.filter(
    (figure) => figure.measure === 'actual' || figure.measure === 'estimate',
  );
  if (targets.length === 0 || actuals.length === 0) return null;
  const lowestTarget = Math.min(...targets.map((figure) => figure.value));
  const highestTarget = Math.max(...targets.map((figure) => figure.value));
  const lowestActual = Math.min(...actuals.map((figure) => figure.value));
  const highestActual = Math.max(...actuals.map((figure) => figure.value));
  const list = (items: PlanFigure[]) =>
    items
      .map((figure) => `${figure.value.toLocaleString('en-GB')} for ${figure.period}`)
      .join(', ');
  const evidence = (side: 'above' | 'below') =>
    `every target (${list(targets)}) is ${side} every actual or estimate (${list(actuals)})`;

  const increase = increaseWord.exec(title);
  const reduce = reduceWord.exec(title);
  if (increase && !reduce && lowestTarget > highestActual) {
    return {
      polarity: 'higher-is-better',
      polarityReason: `the row says "${increase[0]}" and ${evidence('above')}`,
    };
  }
  if (reduce && !increase && highestTarget < lowestActual) {
    return {
      polarity: 'lower-is-better',
      polarityReason: `the row says "${reduce[0]}" and ${evidence('below')}`,
    };
  }
  const completion = completionMeasure.exec(title);
  const rising = targets.every(
    (figure, index) => index === 0 || figure.value >= (targets[index - 1]?.value ?? figure.value),
  );
  // A plan that sets its targets above every figure it has printed, rising year on year, aims to
  // raise the figure (24.5% rising to a target of 31%). The converse is not used: a target below
  // last year can be realism about a higher-is-better measure (answer rates set at 95% after 96.7%).
  if (!reduce && rising && lowestTarget > highestActual) {
    return {
      polarity: 'higher-is-better',
      polarityReason: `the plan's targets rise above every figure it prints: ${evidence('above')}${targets.length > 1 ? ', rising year on year' : ''}`,
    };
  }
  if (
    !increase &&
    !reduce &&
    unit.type === 'percent' &&
    completion &&
    rising &&
    lowestTarget > highestActual
  ) {
    return {
      polarity: 'higher-is-better',
      polarityReason: `a percentage "${completion[0]}" measure, and ${evidence('above')}${targets.length > 1 ? ', rising year on year' : ''}`,
    };
  }
  return null;
}

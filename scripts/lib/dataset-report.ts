/**
 * Coverage of a dataset for `npm run data:report`: what it holds by framework and by
 * directorate, how many figures, what is unknown or noted, and whether Ragstone's status
 * engine reproduces every RAG the source published (and where not, why not).
 */
import type { Dataset } from '../../src/data/contract/assemble-dataset';
import type { Indicator, Observation, Structure } from '../../src/data/contract/dataset-schema';
import { assessIndicator, publishedChecks } from '../../src/domain/assess';
import { gapToNextTarget } from '../../src/domain/gap';
import type { Rating } from '../../src/domain/types';
import { FRAMEWORKS } from '../../src/domain/frameworks';

export interface PublishedRagMismatch {
  indicatorId: string;
  period: string;
  figure: 'latest' | 'ytd' | 'forecast';
  published: 'green' | 'amber' | 'red';
  /** Our status, or null when the engine did not assess that figure at all. */
  computed: string | null;
  reason: string;
  row?: string;
}

export interface DatasetReport {
  title: string;
  authority: string;
  indicators: { total: number; byKind: Record<string, number> };
  /** Indicators per framework; one with several codes counts under each. `none`: no code. */
  byFramework: Record<string, number>;
  /** Per structure: indicators per top-level node (directorate), via their owners. */
  byStructure: {
    id: string;
    name: string;
    nodes: { id: string; name: string; indicators: number }[];
    unowned: number;
  }[];
  figures: {
    total: number;
    withValue: number;
    byMeasure: Record<string, number>;
    missingByReason: Record<string, number>;
    authority: number;
    otherAreas: number;
    areasWithFigures: number;
  };
  unknownPolarity: { total: number; performance: number; ids: string[] };
  notes: { total: number; byKind: Record<string, number> };
  commentary: number;
  comparisonTables: number;
  publishedRag: {
    checked: number;
    /** Reproduced by Ragstone, assumed target profiles included. */
    reproduced: number;
    /** Reproduced from the paper's own figures, without any assumed profile. */
    reproducedWithoutAssumptions: number;
    mismatches: PublishedRagMismatch[];
  };
  /** Indicators whose latest, year-to-date or forecast figure gets a status, as at their latest figure. */
  ratings: {
    assessed: number;
    rated: number;
    /** Rated only because of an assumed target profile. */
    ratedByAssumption: number;
    /** Why the rest are not rated: the latest figure's reason, with 'no-target' split by whether a target for another period is printed. */
    notRatedByReason: Record<string, number>;
  };
}

function tally<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** The top-level node (a directorate, below the authority node) each node sits under. */
function topLevelOf(structure: Structure): Map<string, string> {
  const byId = new Map(structure.nodes.map((node) => [node.id, node]));
  const isTop = (id: string) => {
    const node = byId.get(id);
    if (!node) return false;
    if (node.kind === 'directorate') return true;
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    return node.kind !== 'authority' && (parent === undefined || parent.kind === 'authority');
  };
  const top = new Map<string, string>();
  for (const node of structure.nodes) {
    let current: string | null = node.id;
    const seen = new Set<string>();
    while (current !== null && !seen.has(current) && !isTop(current)) {
      seen.add(current);
      current = byId.get(current)?.parentId ?? null;
    }
    if (current !== null && isTop(current)) top.set(node.id, current);
  }
  return top;
}

function figureOf(observation: Observation): 'latest' | 'ytd' | 'forecast' {
  if (observation.measure === 'forecast') return 'forecast';
  return observation.basis === 'ytd' ? 'ytd' : 'latest';
}

function checkPublishedRag(dataset: Dataset): DatasetReport['publishedRag'] {
  const byIndicator = authorityFigures(dataset);
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));
  let checked = 0;
  let reproduced = 0;
  let reproducedWithoutAssumptions = 0;
  const mismatches: PublishedRagMismatch[] = [];
  for (const [indicatorId, observations] of byIndicator) {
    const indicator = indicators.get(indicatorId);
    if (!indicator) continue;
    for (const observation of observations) {
      if (observation.publishedRag === undefined) continue;
      checked += 1;
      const figure = figureOf(observation);
      // Assess as at the figure's own period, so later figures cannot change the answer.
      const assessment = assessIndicator(indicator, observations, observation.period);
      const check = publishedChecks(assessment).find(
        (candidate) => candidate.figure === figure && candidate.period === observation.period,
      );
      const withoutAssumption = check?.computed.withoutAssumption ?? check?.computed;
      if (withoutAssumption?.status === observation.publishedRag) reproducedWithoutAssumptions += 1;
      if (check?.agrees === true) {
        reproduced += 1;
        continue;
      }
      mismatches.push({
        indicatorId,
        period: observation.period,
        figure,
        published: observation.publishedRag,
        computed: check?.computed.status ?? null,
        reason:
          check?.computed.reason ??
          `the status engine did not assess this ${figure === 'latest' ? '' : `${figure} `}figure (it chose ${
            assessedPeriod(assessment, figure) ?? 'no figure'
          })`,
        ...(observation.provenance ? { row: observation.provenance.row } : {}),
      });
    }
  }
  return { checked, reproduced, reproducedWithoutAssumptions, mismatches };
}

/** The authority's figures per indicator. */
function authorityFigures(dataset: Dataset): Map<string, Observation[]> {
  const authority = dataset.manifest.authority.id;
  const byIndicator = new Map<string, Observation[]>();
  for (const observation of dataset.observations) {
    if (observation.area !== authority) continue;
    const list = byIndicator.get(observation.indicatorId) ?? [];
    list.push(observation);
    byIndicator.set(observation.indicatorId, list);
  }
  return byIndicator;
}

/** Labels for the not-rated reasons in the report. */
const NOT_RATED_LABELS: Record<string, string> = {
  'no-target': 'no target printed',
  'target-for-another-period': 'target printed for another period only (gap shown)',
  'marked-no-target': 'marked "no target" although a target is printed',
  'no-data': 'no figure',
  'reported-less-often': 'reported less often',
  activity: 'activity measure',
  context: 'context measure',
  'unknown-polarity': 'target printed, direction unknown',
};

function checkRatings(dataset: Dataset): DatasetReport['ratings'] {
  const figures = authorityFigures(dataset);
  let assessed = 0;
  let rated = 0;
  let ratedByAssumption = 0;
  const notRatedByReason: Record<string, number> = {};
  for (const indicator of dataset.indicators) {
    const observations = figures.get(indicator.id) ?? [];
    assessed += 1;
    const assessment = assessIndicator(indicator, observations);
    const ratings = [
      assessment.latestRating,
      assessment.ytdRating,
      assessment.forecastRating,
    ].filter((rating): rating is Rating => rating !== null);
    const statuses = ratings.filter((rating) => rating.status !== 'not-rated');
    if (statuses.length > 0) {
      rated += 1;
      if (statuses.every((rating) => rating.withoutAssumption?.status === 'not-rated'))
        ratedByAssumption += 1;
      continue;
    }
    // The most telling reason: a figure's own, before 'no figure' for another one.
    const why =
      ratings.map((rating) => rating.notRatedReason).find((reason) => reason !== 'no-data') ??
      'no-data';
    const gap = why === 'no-target' ? gapToNextTarget(indicator, observations) : null;
    const printed = gap !== null && !gap.likeForLike;
    const key = !printed
      ? why
      : indicator.rule.type === 'not-rated'
        ? 'marked-no-target'
        : 'target-for-another-period';
    const label = NOT_RATED_LABELS[key] ?? key;
    notRatedByReason[label] = (notRatedByReason[label] ?? 0) + 1;
  }
  return { assessed, rated, ratedByAssumption, notRatedByReason };
}

function assessedPeriod(
  assessment: ReturnType<typeof assessIndicator>,
  figure: 'latest' | 'ytd' | 'forecast',
): string | null {
  return assessment[figure]?.period ?? null;
}

export function buildReport(dataset: Dataset): DatasetReport {
  const { indicators, observations } = dataset;
  const authority = dataset.manifest.authority.id;

  const byFramework: Record<string, number> = {};
  for (const framework of FRAMEWORKS) {
    byFramework[framework] = indicators.filter((indicator) =>
      indicator.codes.some((code) => code.framework === framework),
    ).length;
  }
  byFramework.none = indicators.filter((indicator) => indicator.codes.length === 0).length;

  const byStructure = dataset.structures.map((structure) => {
    const top = topLevelOf(structure);
    const nodeIds = new Set(structure.nodes.map((node) => node.id));
    const counts = new Map<string, number>();
    let unowned = 0;
    for (const indicator of indicators) {
      const tops = new Set(
        indicator.owners
          .filter((owner) => (owner.structureId ?? structure.id) === structure.id)
          .filter((owner) => nodeIds.has(owner.nodeId))
          .map((owner) => top.get(owner.nodeId))
          .filter((id): id is string => id !== undefined),
      );
      if (tops.size === 0) unowned += 1;
      for (const id of tops) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return {
      id: structure.id,
      name: structure.name,
      nodes: structure.nodes
        .filter((node) => [...top.values()].includes(node.id))
        .map((node) => ({ id: node.id, name: node.name, indicators: counts.get(node.id) ?? 0 })),
      unowned,
    };
  });

  const unknown = indicators.filter((indicator: Indicator) => indicator.polarity === 'unknown');
  const authorityFigures = observations.filter((o) => o.area === authority).length;

  return {
    title: dataset.manifest.title,
    authority: dataset.manifest.authority.name,
    indicators: { total: indicators.length, byKind: tally(indicators, (i) => i.kind) },
    byFramework,
    byStructure,
    figures: {
      total: observations.length,
      withValue: observations.filter((o) => o.value !== null).length,
      byMeasure: tally(observations, (o) => o.measure),
      missingByReason: tally(
        observations.filter((o) => o.value === null),
        (o) => o.missing?.reason ?? (o.text !== undefined ? 'status in words' : 'unstated'),
      ),
      authority: authorityFigures,
      otherAreas: observations.length - authorityFigures,
      areasWithFigures: new Set(observations.map((o) => o.area)).size,
    },
    unknownPolarity: {
      total: unknown.length,
      performance: unknown.filter((indicator) => indicator.kind === 'performance').length,
      ids: unknown.map((indicator) => indicator.id),
    },
    notes: { total: dataset.notes.length, byKind: tally(dataset.notes, (note) => note.kind) },
    commentary: dataset.commentary.length,
    comparisonTables: dataset.comparisonTables.length,
    publishedRag: checkPublishedRag(dataset),
    ratings: checkRatings(dataset),
  };
}

const n = (value: number) => value.toLocaleString('en-GB');
const count = (value: number, one: string, many = `${one}s`) =>
  `${n(value)} ${value === 1 ? one : many}`;

function breakdown(counts: Record<string, number>): string {
  const entries = Object.entries(counts).filter(([, count]) => count > 0);
  return entries.length === 0
    ? 'none'
    : entries
        .sort((a, b) => b[1] - a[1])
        .map(([key, count]) => `${key} ${n(count)}`)
        .join(', ');
}

/** The report as text; `all` lists every unknown-polarity id and mismatch instead of the first 15. */
export function formatReport(report: DatasetReport, all = false): string[] {
  const limit = all ? Infinity : 15;
  const more = (total: number) =>
    total > limit ? [`    …and ${n(total - limit)} more (--all lists them)`] : [];
  const { figures, publishedRag, ratings } = report;
  const percent = (part: number, whole: number) =>
    whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`;
  const lines = [
    report.title,
    `Authority: ${report.authority}`,
    '',
    `Indicators: ${n(report.indicators.total)} (${breakdown(report.indicators.byKind)})`,
    '  By framework (an indicator with codes in several frameworks counts under each):',
    ...Object.entries(report.byFramework).map(
      ([framework, count]) =>
        `    ${(framework === 'none' ? 'no code' : framework).padEnd(8)} ${n(count).padStart(6)}`,
    ),
  ];
  for (const structure of report.byStructure) {
    lines.push(`  By directorate in ${structure.name} (${structure.id}), through owners:`);
    for (const node of structure.nodes) {
      lines.push(`    ${`${node.name} (${node.id})`.padEnd(56)} ${n(node.indicators).padStart(6)}`);
    }
    lines.push(
      `    ${'no owner in this structure'.padEnd(56)} ${n(structure.unowned).padStart(6)}`,
    );
  }
  lines.push(
    '',
    `Figures: ${n(figures.total)}, ${n(figures.withValue)} with a value${percent(figures.withValue, figures.total)}`,
    `  by measure: ${breakdown(figures.byMeasure)}`,
    `  without a value, by reason: ${breakdown(figures.missingByReason)}`,
    `  ${n(figures.authority)} for ${report.authority}, ${n(figures.otherAreas)} for other areas (${count(figures.areasWithFigures, 'area')} in all)`,
    `Commentaries: ${n(report.commentary)}; comparison tables: ${n(report.comparisonTables)}`,
    '',
    `Rated: ${n(ratings.rated)} of ${n(ratings.assessed)} indicators${percent(ratings.rated, ratings.assessed)} get a status for their latest, year-to-date or forecast figure (${n(ratings.ratedByAssumption)} only with an assumed target profile)`,
    `  not rated, by reason: ${breakdown(ratings.notRatedByReason)}`,
    '',
    `Polarity unknown: ${count(report.unknownPolarity.total, 'indicator')} (${n(report.unknownPolarity.performance)} of them performance indicators)`,
    ...report.unknownPolarity.ids.slice(0, limit).map((id) => `    ${id}`),
    ...more(report.unknownPolarity.total),
    '',
    `Data-quality notes: ${n(report.notes.total)} (${breakdown(report.notes.byKind)})`,
    '',
    `Published RAG reproduced: ${n(publishedRag.reproduced)} of ${n(publishedRag.checked)}${percent(publishedRag.reproduced, publishedRag.checked)} with assumed target profiles, ${n(publishedRag.reproducedWithoutAssumptions)}${percent(publishedRag.reproducedWithoutAssumptions, publishedRag.checked)} without`,
  );
  for (const mismatch of publishedRag.mismatches.slice(0, limit)) {
    lines.push(
      `    ${mismatch.indicatorId} ${mismatch.period} ${mismatch.figure}: published ${mismatch.published}, Ragstone ${mismatch.computed ?? 'no status'}. ${mismatch.reason}`,
    );
    if (mismatch.row !== undefined) lines.push(`      row: ${mismatch.row.replace(/\t/g, ' | ')}`);
  }
  lines.push(...more(publishedRag.mismatches.length));
  return lines;
}

/**
 * Audits the committed Kent dataset against the council papers and prints a report.
 *   npx tsx scripts/extract/audit.ts                 report (exit 1 on hard errors)
 *   npx tsx scripts/extract/audit.ts --all           list every finding, not the first 20 of each
 *   npx tsx scripts/extract/audit.ts --sample 40 --seed 2026   a reproducible sample to check by hand
 */
import { existsSync } from 'node:fs';
import { HARD_CHECKS, auditDataset, type AuditFinding } from './lib/audit-checks';
import { defaultSeedsDir, loadBundles, paperReader } from './lib/audit-load';
import { sampleFigures } from './lib/audit-sample';
import { uncitedRows } from './lib/audit-coverage';
import { UNCITED_REASONS } from './lib/uncited-review';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const limit = args.includes('--all') ? Infinity : 20;

if (!existsSync(defaultSeedsDir)) {
  console.log(`audit: no council papers at ${defaultSeedsDir}; nothing to check against.`);
  process.exit(0);
}

const bundles = loadBundles();
const paper = paperReader();
const sampleSize = option('--sample');
if (sampleSize) {
  const picks = sampleFigures(bundles, paper, Number(sampleSize), Number(option('--seed') ?? 2026));
  picks.forEach((pick, index) => {
    console.log(`${index + 1}. ${pick}\n`);
  });
  process.exit(0);
}

const result = auditDataset(bundles, paper);
const { counts } = result;
console.log(
  `Audited ${counts.provenances} provenances, ${counts.observations} observations, ${counts.indicators} indicators in ${bundles.length} bundles.\n`,
);

function print(title: string, findings: AuditFinding[]) {
  console.log(`## ${title}: ${findings.length}`);
  const byGroup = new Map<string, AuditFinding[]>();
  for (const finding of findings) {
    const key = `${finding.bundle} / ${finding.check}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), finding]);
  }
  for (const [key, group] of [...byGroup].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`\n### ${key}: ${group.length}`);
    for (const finding of group.slice(0, limit)) {
      const where = finding.line ? `${finding.document}:${finding.line} ` : '';
      console.log(`- ${where}${finding.message}`);
    }
    if (group.length > limit)
      console.log(`- … and ${group.length - limit} more (--all lists them)`);
  }
  console.log('');
}

const errors = result.findings.filter((f) => HARD_CHECKS.has(f.check));
const warnings = result.findings.filter((f) => !HARD_CHECKS.has(f.check));
print('Errors (provenance, printed cell, value, duplicate figures)', errors);
print('Warnings (header period/measure, indicator not in its rows)', warnings);
print('Reconciled only through a note (check the note is right)', result.explained);
// Rows an extractor may have skipped; budget and staffing tables are out of scope and say so.
const documents = [
  ...new Set(
    bundles.flatMap((b) => b.bundle.observations.map((o) => o.provenance?.document ?? '')),
  ),
]
  .filter(Boolean)
  .sort();
const uncited = uncitedRows(bundles, paper, documents);
const unexplained = uncited.filter((row) => row.reason === null);
const byReason = UNCITED_REASONS.map(
  (reason) => `${reason} ${uncited.filter((row) => row.reason === reason).length}`,
).join(', ');
console.log(
  `## Table rows printing a figure that no record cites: ${uncited.length} (${byReason}; unexplained ${unexplained.length})`,
);
console.log(
  '   explained by their table heading (budget, staffing) or by the reviewed list in scripts/extract/lib/uncited-review.ts',
);
for (const row of unexplained.slice(0, limit === Infinity ? undefined : 40))
  console.log(`- ${row.document}:${row.line} ${row.text.replace(/\t/g, ' | ').slice(0, 160)}`);
const gaps = uncited.filter((row) => row.reason === 'not-extracted');
for (const row of gaps) console.log(`- known gap ${row.document}:${row.line}: ${row.why ?? ''}`);
console.log('');

console.log(
  `audit: ${errors.length} errors, ${warnings.length} warnings, ${result.explained.length} explained by notes.`,
);
// Every uncited row must be explained: a new table the extractors skip fails the audit.
if (errors.length > 0 || unexplained.length > 0) process.exit(1);

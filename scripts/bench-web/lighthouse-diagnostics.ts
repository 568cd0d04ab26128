/**
 * What lies behind a Lighthouse performance score, read from its report: the metrics, the LCP
 * element and its phases, layout shifts, long tasks, unused JavaScript and render-blocking
 * requests. The score scales with the machine's measured CPU (several-fold on a loaded machine);
 * these say which part of it is the page's own.
 */
import type { Result } from 'lighthouse';

export interface LighthouseDiagnostics {
  /** Milliseconds, except cls (unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number };
  /** What crossed the network: every request, and the page's HTML alone (KB, as sent). */
  transfer: { totalKb: number; documentKb: number };
  /** The server's time to the page's first byte (Lighthouse's root document audit). */
  serverResponseMs: number;
  lcpElement: string | undefined;
  lcpPhases: { phase: string; ms: number }[];
  layoutShifts: { element: string; score: number }[];
  longTasks: { url: string; ms: number }[];
  /** Bytes a script loads that the page did not run (Lighthouse's estimate, transfer size). */
  unusedJs: { url: string; wastedKb: number }[];
  renderBlocking: { url: string; ms: number }[];
}

type Audit = Result['audits'][string];
type Item = Record<string, unknown>;

const numeric = (audit: Audit | undefined) => Math.round((audit?.numericValue ?? 0) * 1000) / 1000;

/** The rows of an audit's table; for a 'list' (the LCP element audit), of the table at `index`. */
function rows(audit: Audit | undefined, index = 0): Item[] {
  const details = audit?.details as { type?: string; items?: unknown[] } | undefined;
  if (!details?.items) return [];
  if (details.type === 'list') {
    const table = details.items[index] as { items?: Item[] } | undefined;
    return table?.items ?? [];
  }
  return details.items as Item[];
}

function nodeWords(value: unknown): string {
  const node = value as { selector?: string; nodeLabel?: string } | undefined;
  return [node?.selector, node?.nodeLabel ? `"${node.nodeLabel.slice(0, 60)}"` : undefined]
    .filter(Boolean)
    .join(' ');
}

const shortUrl = (value: unknown) =>
  typeof value === 'string' ? (value.split('/').pop() ?? value) : String(value);

export function diagnosticsOf(lhr: Result): LighthouseDiagnostics {
  const { audits } = lhr;
  const lcpElement = rows(audits['largest-contentful-paint-element'], 0)[0];
  return {
    metrics: {
      fcp: numeric(audits['first-contentful-paint']),
      lcp: numeric(audits['largest-contentful-paint']),
      tbt: numeric(audits['total-blocking-time']),
      cls: numeric(audits['cumulative-layout-shift']),
      speedIndex: numeric(audits['speed-index']),
    },
    transfer: {
      totalKb: Math.round(numeric(audits['total-byte-weight']) / 102.4) / 10,
      documentKb:
        Math.round(
          Number(
            rows(audits['network-requests']).find((row) => row.resourceType === 'Document')
              ?.transferSize ?? 0,
          ) / 102.4,
        ) / 10,
    },
    serverResponseMs: Math.round(numeric(audits['server-response-time'])),
    lcpElement: lcpElement ? nodeWords(lcpElement.node) : undefined,
    lcpPhases: rows(audits['largest-contentful-paint-element'], 1).map((row) => ({
      phase: String(row.phase),
      ms: Math.round(Number(row.timing)),
    })),
    layoutShifts: rows(audits['layout-shifts']).map((row) => ({
      element: nodeWords(row.node),
      score: Math.round(Number(row.score) * 10_000) / 10_000,
    })),
    longTasks: rows(audits['long-tasks']).map((row) => ({
      url: shortUrl(row.url),
      ms: Math.round(Number(row.duration)),
    })),
    unusedJs: rows(audits['unused-javascript']).map((row) => ({
      url: shortUrl(row.url),
      wastedKb: Math.round(Number(row.wastedBytes) / 102.4) / 10,
    })),
    renderBlocking: rows(audits['render-blocking-resources']).map((row) => ({
      url: shortUrl(row.url),
      ms: Math.round(Number(row.wastedMs)),
    })),
  };
}

export function printDiagnostics(d: LighthouseDiagnostics): void {
  const { fcp, lcp, tbt, cls, speedIndex } = d.metrics;
  console.log(
    `  FCP ${Math.round(fcp)} ms, LCP ${Math.round(lcp)} ms, TBT ${Math.round(tbt)} ms, CLS ${cls}, SI ${Math.round(speedIndex)} ms`,
  );
  console.log(
    `  transfer ${d.transfer.totalKb} KB in all, page HTML ${d.transfer.documentKb} KB; server response ${d.serverResponseMs} ms`,
  );
  console.log(`  LCP element: ${d.lcpElement ?? '(none)'}`);
  if (d.lcpPhases.length)
    console.log(`  LCP phases: ${d.lcpPhases.map((p) => `${p.phase} ${p.ms} ms`).join(', ')}`);
  for (const shift of d.layoutShifts)
    console.log(`  layout shift ${shift.score}: ${shift.element}`);
  for (const task of d.longTasks) console.log(`  long task ${task.ms} ms: ${task.url}`);
  for (const js of d.unusedJs) console.log(`  unused JS ${js.wastedKb} KB: ${js.url}`);
  for (const css of d.renderBlocking) console.log(`  render-blocking ${css.ms} ms: ${css.url}`);
}

/**
 * axe-core in the page under test, limited to the WCAG 2.2 AA rule set that UK public-sector
 * sites must meet. Any violation fails, listed rule by rule with the elements it found.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | null = null;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeInPage {
  run(context: Document, options: RunOptions): Promise<AxeResults>;
}

export function describeViolation(
  violation: Pick<Result, 'id' | 'impact' | 'help' | 'helpUrl' | 'nodes'>,
): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `      at ${node.target.join(' ')}: ${node.html.slice(0, 160)}`);
  const more = violation.nodes.length > 5 ? [`      …and ${violation.nodes.length - 5} more`] : [];
  return [
    `  - ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} ${violation.helpUrl}`,
    ...nodes,
    ...more,
  ].join('\n');
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol rather than added as a <script>: the server's
  // Content-Security-Policy (rightly) blocks inline scripts, and the check must not weaken it.
  axeSource ??= readFileSync(axePath, 'utf8');
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (options) => {
      const { axe } = window as unknown as { axe: AxeInPage };
      const results = await axe.run(document, options);
      // Only what the report needs crosses back from the page.
      return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
        id,
        impact,
        help,
        helpUrl,
        nodes: nodes.map(({ target, html }) => ({ target, html })),
      }));
    },
    {
      runOnly: { type: 'tag', values: WCAG_TAGS },
      resultTypes: ['violations'],
    } satisfies RunOptions,
  );
  if (violations.length > 0) {
    throw new Error(
      `${label}: ${violations.length} accessibility violation${violations.length === 1 ? '' : 's'} (axe, WCAG 2.2 AA):\n` +
        violations.map((violation) => describeViolation(violation as Result)).join('\n'),
    );
  }
}

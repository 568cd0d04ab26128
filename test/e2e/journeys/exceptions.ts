/**
 * The exceptions view (issue 5): red; red and worsening; amber and worsening; no data or overdue;
 * each item with its figures, commentary and owner, and every count matching what is listed.
 */
import type { Locator, Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectCount, expectText, expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';

const KINDS = ['Red', 'Red and worsening', 'Amber and worsening', 'No data or overdue'] as const;
type Kind = (typeof KINDS)[number];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function section(page: Page, kind: Kind): Locator {
  return page.getByRole('region', { name: new RegExp(`^${escape(kind)} \\d+$`) });
}

/** The count a section announces; it must agree with the navigation chip and the items listed. */
async function honestCount(page: Page, kind: Kind): Promise<number> {
  const nav = page
    .getByRole('navigation', { name: 'Exception types' })
    .getByRole('link', { name: new RegExp(`^${escape(kind)} \\d+$`) });
  const navCount = Number((await nav.innerText()).replace(/\D+/g, ''));
  const region = section(page, kind);
  await expectVisible(region, `the "${kind}" section`);
  const heading = await region.getByRole('heading', { level: 2 }).innerText();
  const headingCount = Number(heading.replace(/\D+/g, ''));
  const items = region.locator('.exception-list > li');
  const listed = await items.count();
  if (navCount !== headingCount || headingCount !== listed) {
    throw new Error(
      `"${kind}": the navigation says ${navCount}, the heading ${headingCount}, but ${listed} are listed`,
    );
  }
  return listed;
}

function item(page: Page, kind: Kind, title: string): Locator {
  return section(page, kind)
    .locator('.exception-list > li')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}

/** The definition (dd) after a term (dt) within an exception. */
function fact(entry: Locator, term: string): Locator {
  return entry.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
}

/** A number from the dashboard's status summary line, e.g. 'No data 4'. */
async function summaryFigure(page: Page, name: string, label: string): Promise<number> {
  const line = page
    .getByRole('list', { name: `${name}: indicators by status` })
    .locator('xpath=following-sibling::p[1]');
  const match = new RegExp(`${escape(label)} (\\d+)`).exec(await line.innerText());
  if (!match?.[1]) throw new Error(`the status summary for ${name} does not say "${label} n"`);
  return Number(match[1]);
}

export const tests: E2eTest[] = [
  {
    name: 'the 2012 exceptions list the reds with commentary and owner, and every section counts honestly',
    timeout: 90_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/exceptions');
      const counts: Record<string, number> = {};
      for (const kind of KINDS) counts[kind] = await honestCount(page, kind);

      // Paper 004 prints two May results as RED, Grade 1 calls (line 476) and Grade 2 calls (478),
      // and one year-to-date RED behind an Amber month: deaths registered within 5 days (486).
      if (counts.Red !== 3)
        throw new Error(`expected 3 red indicators, as the paper has, not ${counts.Red}`);
      await expectVisible(
        item(
          page,
          'Red',
          'Percentage of deaths registered within 5 days (excluding post mortems and inquests)',
        ),
        'the year-to-date red, deaths registered within 5 days',
      );
      const grade1 = item(
        page,
        'Red',
        'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds',
      );
      await expectText(grade1.locator('.status-badge__word').first(), 'Red', 'its status word');
      await expectText(fact(grade1, 'Latest result'), '67% (May 2012)', 'its latest result');
      await expectText(fact(grade1, 'Target'), '80%', 'its target');
      await expectText(fact(grade1, 'Floor standard'), '75%', 'its floor');
      await expectText(fact(grade1, 'Owner'), 'Customer Relationship Unit', 'its owner');
      await expectText(
        grade1.getByText('Red: 67% is below the 75% floor and the 80% target for 2012/13'),
        'Red: 67%',
        'the reason',
      );
      // The commentary published with the dashboard (paper 004, lines 413–414).
      const commentary = grade1.locator('blockquote');
      await expectText(
        commentary,
        'increased call volumes notably on the Adult Social Care 247100 phone line',
        'the commentary',
      );
      await expectText(commentary.locator('footer'), 'Commentary for May 2012', 'its period');

      const grade2 = item(
        page,
        'Red',
        'Percentage of Grade 2 priority calls to the Contact Centre answered in 30 seconds',
      );
      await expectText(fact(grade2, 'Latest result'), '60% (May 2012)', 'its latest result');
      await expectText(fact(grade2, 'Owner'), 'Customer Relationship Unit', 'its owner');
      await expectVisible(
        grade2.getByText('No commentary was published with this figure.'),
        'that the paper gave no commentary for it',
      );

      // The dashboard's arrows were lost in conversion and there is no April figure, but it prints
      // last year's outturn (line 473, 'Previous year'); for percentages that compares like with
      // like (issue 12), so the calls answered late are worsening against 85% and 81% (476, 478),
      // and Grade 2 calls answered (479, 88% AMBER) against 95%.
      const redWorsening = item(
        page,
        'Red and worsening',
        'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds',
      );
      await expectVisible(
        redWorsening.getByText(
          'Worsening: 67% in May 2012, down from last year’s outturn of 85% (2011/12) (higher is better)',
        ),
        'Grade 1 calls worsening against last year’s outturn',
      );
      await expectVisible(
        item(
          page,
          'Red and worsening',
          'Percentage of Grade 2 priority calls to the Contact Centre answered in 30 seconds',
        ),
        'Grade 2 calls in 30 seconds, red and worsening',
      );
      await expectVisible(
        item(
          page,
          'Amber and worsening',
          'Percentage of Grade 2 calls to the Contact Centre answered',
        ),
        'Grade 2 calls answered, amber and worsening',
      );
      // The year-to-date red under an Amber badge says which figure is red.
      await expectVisible(
        item(
          page,
          'Red',
          'Percentage of deaths registered within 5 days (excluding post mortems and inquests)',
        ).getByText(/so the dashboard counts this indicator under Amber/),
        'the card saying the year-to-date figure is the red one',
      );
      const missing = section(page, 'No data or overdue').locator('.exception-list > li');
      for (const entry of await missing.all()) {
        await expectText(entry.locator('.status-badge__word').first(), 'Not rated', 'no status');
        await expectVisible(fact(entry, 'Owner'), 'its owner');
      }
      await checkPage(page, 'exceptions 2012');

      // One type at a time, from the navigation; the address keeps the choice.
      await page
        .getByRole('navigation', { name: 'Exception types' })
        .getByRole('link', { name: /^Red \d+$/ })
        .click();
      await settle(page);
      if (new URL(page.url()).searchParams.get('show') !== 'red')
        throw new Error(`the chosen type is not in the address: ${page.url()}`);
      await expectVisible(section(page, 'Red'), 'the red section');
      await expectCount(
        section(page, 'No data or overdue'),
        0,
        'no-data sections when showing red',
      );
      await checkPage(page, 'exceptions 2012 red only');

      // The dashboard's summary for the directorate counts the same reds and missing figures.
      await open(page, baseUrl, '/dashboard');
      const red = await page
        .getByRole('list', { name: 'Customer & Communities: indicators by status' })
        .getByRole('link', { name: /Red indicators?$/ })
        .innerText();
      // The summary counts the latest month's status; the exceptions add the year-to-date red.
      if (Number(red.replace(/\D+/g, '')) !== counts.Red - 1)
        throw new Error(`the dashboard counts ${red} but the exceptions list ${counts.Red}`);
      const noData = await summaryFigure(page, 'Customer & Communities', 'No data');
      if (noData !== counts['No data or overdue'])
        throw new Error(
          `the dashboard says No data ${noData} but the exceptions list ${counts['No data or overdue']}`,
        );
    },
  },
  {
    name: 'the 2008 structure chosen on the exceptions page: no reds for Adult Social Services, and it says so',
    timeout: 90_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/exceptions');
      const form = page.getByRole('form', { name: 'Choose the part of the council' });
      await form.getByLabel('Organisation structure').selectOption({
        label: 'Kent County Council directorates and business units, 2008/09 unit business plans',
      });
      await settle(page);
      await form.getByLabel('Directorate, division or unit').selectOption({
        label: 'Adult Social Services',
      });
      await settle(page);
      const params = new URL(page.url()).searchParams;
      if (params.get('structure') !== 'kcc-2008' || params.get('node') !== 'kass')
        throw new Error(`the address does not hold the chosen unit: ${page.url()}`);
      for (const kind of KINDS) await honestCount(page, kind);
      await expectVisible(
        section(page, 'Red').getByText('No indicator is red.'),
        'the statement that nothing is red',
      );
      await checkPage(page, 'exceptions adult social services');
    },
  },
];

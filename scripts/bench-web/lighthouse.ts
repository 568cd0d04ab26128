/**
 * Lighthouse (performance and accessibility) on a served page, desktop and mobile, in the same
 * Chromium (CHROME_PATH or CHROMIUM_PATH, default /usr/bin/chromium): Lighthouse drives it over
 * the DevTools protocol and needs no network beyond the served app. Mobile uses Lighthouse's
 * default simulated throttling (slow 4G, 4× CPU slowdown); desktop its desktop preset.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

export async function runLighthouse(
  url: string,
  formFactor: 'desktop' | 'mobile',
): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories } = result.lhr;
    return {
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
    };
  } finally {
    chrome.kill();
  }
}

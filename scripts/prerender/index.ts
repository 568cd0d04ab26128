/**
 * `npm run build`'s last step (ADR 0086): writes `dist/<path>/index.html` for the home page, the
 * dashboard and each structure's view of it (`/dashboard/kcc-2008`, ADR 0091), compare and each
 * indicator's comparison (`/compare/bvpi-178`, ADR 0093), every
 * organisation page and every indicator page, each holding the page's markup and the data it was
 * drawn from, so the first paint waits for neither JavaScript nor JSON.
 * The plain page Vite built is kept as dist/app-shell.html for every other address.
 *
 *   tsx scripts/prerender/index.ts [--dist dist] [--entry .prerender/prerender-entry.js]
 *     [--indicators all|none]
 *
 * The entry is src/app/prerender-entry.tsx built by `vite build --ssr`; it reads the static API the
 * build has just written, through the browser's own transport, answered here from dist/api.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_SHELL_FILE } from '../../src/lib/prerendered-state';
import { DEFAULT_STRUCTURE } from '../../src/domain/structures';
import { argument } from '../lib/cli';
import { answerFromFiles } from './file-fetch';
import { headLinksByAddress, readManifest } from '../lib/page-assets';
import { writePageHtml } from '../lib/page-html';
import type { PrerenderedPage } from '../../src/app/prerender-entry';

const root = resolve(import.meta.dirname, '../..');
const distDir = resolve(root, argument('dist') ?? 'dist');
const entryPath = resolve(root, argument('entry') ?? '.prerender/prerender-entry.js');
const withIndicators = (argument('indicators') ?? 'all') === 'all';

interface OrganisationFile {
  structures: { id: string; nodes: { id: string }[] }[];
}

/** Every address that gets a page of its own. */
function addresses(): string[] {
  const api = join(distDir, 'api');
  const organisation = JSON.parse(
    readFileSync(join(api, 'organisation.json'), 'utf8'),
  ) as OrganisationFile;
  const units = organisation.structures.flatMap((structure) =>
    structure.nodes.map(
      (node) => `/organisation/${encodeURIComponent(structure.id)}/${encodeURIComponent(node.id)}`,
    ),
  );
  const indicators = withIndicators
    ? readdirSync(join(api, 'indicators'))
        .filter((name) => name.endsWith('.json'))
        .map((name) => `/indicators/${encodeURIComponent(name.replace(/\.json$/, ''))}`)
    : [];
  // Each structure's dashboard view (ADR 0091); the default structure's is `/dashboard` itself.
  const views = organisation.structures
    .filter((structure) => structure.id !== DEFAULT_STRUCTURE)
    .map((structure) => `/dashboard/${encodeURIComponent(structure.id)}`);
  // Each indicator's comparison at its own address (ADR 0093): every one the picker lists.
  const comparable = JSON.parse(readFileSync(join(api, 'compare.json'), 'utf8')) as {
    items: { id: string }[];
  };
  const comparisons = withIndicators
    ? comparable.items.map((item) => `/compare/${encodeURIComponent(item.id)}`)
    : [];
  return ['/', '/dashboard', ...views, '/compare', ...comparisons, ...units, ...indicators];
}

/** `/` → dist/index.html; `/organisation/a/b` → dist/organisation/a/b/index.html. */
function fileFor(address: string): string {
  const parts = address.split('/').filter(Boolean).map(decodeURIComponent);
  return join(distDir, ...parts, 'index.html');
}

async function main() {
  // React's production build: the development one renders several times slower and warns of nothing we read.
  process.env.NODE_ENV = 'production';
  const started = performance.now();
  const shellPath = join(distDir, APP_SHELL_FILE);
  // Run twice, the second run starts again from the plain page, not from the prerendered home.
  const shell = readFileSync(
    existsSync(shellPath) ? shellPath : join(distDir, 'index.html'),
    'utf8',
  );
  writeFileSync(shellPath, shell);
  globalThis.fetch = answerFromFiles(join(distDir, 'api'), globalThis.fetch);
  const { prerenderPage } = (await import(pathToFileURL(entryPath).href)) as {
    prerenderPage: (address: string) => Promise<PrerenderedPage | { redirect: string }>;
  };
  const manifest = readManifest(join(distDir, '.vite', 'manifest.json'));
  const headLinksFor = headLinksByAddress(manifest, 'throw');
  let bytes = 0;
  const list = addresses();
  for (const address of list) {
    const page = await prerenderPage(address);
    if ('redirect' in page)
      throw new Error(`${address} is an old form of ${page.redirect}: prerender that instead`);
    const html = writePageHtml(shell, {
      html: page.html,
      title: page.title,
      state: { address, queries: page.state },
      headLinks: headLinksFor(address),
    });
    const file = fileFor(address);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, html);
    bytes += Buffer.byteLength(html);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `prerender: wrote ${list.length} pages (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds} s`,
  );
}

await main();

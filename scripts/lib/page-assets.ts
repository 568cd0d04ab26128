/**
 * The stylesheets and scripts a prerendered page's own code needs, from the client build's
 * manifest (dist/.vite/manifest.json, `build.manifest` in vite.config.ts).
 *
 * Vite links only the entry's stylesheet in index.html; a lazy page's CSS (the dashboard's status
 * summary, the tables, the folds…) is added by its JavaScript when the chunk loads. A prerendered
 * page was therefore painted half-styled and jumped when the script arrived (Lighthouse: layout
 * shift 0.40 on the dashboard) and was styled and laid out twice. Linking the page's stylesheets
 * in its HTML paints it once, as it will stay; Vite's loader sees them already in the document and
 * does not add them again. The page chunk and its static imports are modulepreloaded, so they are
 * fetched with the entry rather than after it has run.
 */
import { readFileSync } from 'node:fs';
import { APP_START_CHUNK } from './app-start';
import { escapeHtml } from './page-html';

interface ManifestChunk {
  file: string;
  name?: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

export type Manifest = Record<string, ManifestChunk>;

export function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The lazy page module each prerendered address draws (src/app/routes/*.ts). */
export function pageModuleFor(address: string): string | undefined {
  const path = address.split('?')[0] ?? address;
  if (path === '/') return 'src/features/home/home-page.tsx';
  if (path === '/dashboard' || path.startsWith('/dashboard/')) {
    return 'src/app/routes/dashboard-view.tsx';
  }
  if (path === '/compare' || path.startsWith('/compare/')) return 'src/app/routes/compare-view.tsx';
  if (path.startsWith('/organisation/')) return 'src/app/routes/organisation-view.tsx';
  if (path.startsWith('/indicators/')) return 'src/app/routes/indicator-view.tsx';
  return undefined;
}

/**
 * The page module's CSS and that of everything it imports, statically or lazily (a lazy part such
 * as the indicator's trend is drawn in the first view; a stylesheet that turns out unused costs a
 * few hundred bytes, a missing one a layout shift), and the JS of its static imports, entry's own
 * files left out (index.html links them already).
 */
export function pageAssets(
  manifest: Manifest,
  pageModule: string,
): { css: string[]; modulepreload: string[] } {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const inEntry = new Set<string>();
  const walkEntry = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || inEntry.has(chunk.file)) return;
    inEntry.add(chunk.file);
    for (const file of chunk.css ?? []) inEntry.add(file);
    for (const next of chunk.imports ?? []) walkEntry(next);
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key] === entry);
  if (entryKey) walkEntry(entryKey);
  // The app's start chunk, which the entry imports lazily, is linked in index.html too (ADR 0095,
  // scripts/lib/app-start.ts); an older build has none.
  for (const lazy of entry?.dynamicImports ?? [])
    if (manifest[lazy]?.name === APP_START_CHUNK) walkEntry(lazy);

  const css = new Set<string>();
  const modulepreload = new Set<string>();
  const seen = new Set<string>();
  // In the order Vite's loader adds them: a chunk's imports' stylesheets before its own, so the
  // cascade is the same as when the page is drawn by its script.
  const walk = (key: string, statically: boolean) => {
    const chunk = manifest[key];
    // The entry and its imports are in index.html already; its lazy imports are every other page.
    if (!chunk || inEntry.has(chunk.file) || seen.has(`${key}|${statically}`)) return;
    seen.add(`${key}|${statically}`);
    if (statically) modulepreload.add(chunk.file);
    for (const next of chunk.imports ?? []) walk(next, statically);
    for (const file of chunk.css ?? []) if (!inEntry.has(file)) css.add(file);
    for (const next of chunk.dynamicImports ?? []) walk(next, false);
  };
  walk(pageModule, true);
  return { css: [...css], modulepreload: [...modulepreload] };
}

/** The `<link>` elements for a page's assets, under the build's base path. */
export function assetLinks(assets: { css: string[]; modulepreload: string[] }, base = '/'): string {
  const href = (file: string) => escapeHtml(`${base}${file}`);
  return [
    ...assets.modulepreload.map(
      (file) => `<link rel="modulepreload" crossorigin href="${href(file)}">`,
    ),
    ...assets.css.map((file) => `<link rel="stylesheet" crossorigin href="${href(file)}">`),
  ].join('\n    ');
}

/**
 * The head links for each address's page module (pageModuleFor), worked out once per module. A
 * module the manifest lacks is a broken build when `ifMissing` is 'throw' (the prerender); the
 * server, given an older build, sends the page without them ('leave out').
 */
export function headLinksByAddress(
  manifest: Manifest,
  ifMissing: 'throw' | 'leave out',
): (address: string) => string | undefined {
  const linksByModule = new Map<string, string>();
  return (address) => {
    const pageModule = pageModuleFor(address);
    if (!pageModule) return undefined;
    let links = linksByModule.get(pageModule);
    if (links === undefined) {
      if (!manifest[pageModule]) {
        if (ifMissing === 'throw') throw new Error(`the build's manifest has no ${pageModule}`);
        return undefined;
      }
      links = assetLinks(pageAssets(manifest, pageModule));
      linksByModule.set(pageModule, links);
    }
    return links;
  };
}

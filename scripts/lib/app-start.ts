/**
 * The build's side of a small entry (ADR 0095): src/main.tsx waits for the first paint, then
 * imports the app's start module, which holds React DOM, the router and the app's stylesheets.
 * The page links that module's chunks and stylesheets itself, so they download with the entry and
 * the drawn first view is painted styled, as when they were the entry's own.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The module src/main.tsx imports once the page is painted. */
export const APP_START_MODULE = 'src/app/start.tsx';

/** The name of the chunk group that holds it (vite.config.ts), as the build's manifest gives it. */
export const APP_START_CHUNK = 'start';

/** What this plugin reads of a bundle's chunks (Rolldown's output, as Vite hands it on). */
interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  imports: string[];
  moduleIds: string[];
  viteMetadata?: { importedCss: Set<string> };
}
type BuiltFile = BuiltChunk | { type: 'asset' };
type Bundle = Record<string, BuiltFile>;

const chunkIn = (bundle: Bundle, file: string): BuiltChunk | undefined => {
  const found = bundle[file];
  return found?.type === 'chunk' ? found : undefined;
};

/** A chunk and everything it imports statically, each import before its importer. */
export function staticClosure(bundle: Bundle, file: string, seen = new Set<string>()): string[] {
  const chunk = chunkIn(bundle, file);
  if (!chunk || seen.has(file)) return [];
  seen.add(file);
  return [...chunk.imports.flatMap((next) => staticClosure(bundle, next, seen)), file];
}

function startChunkOf(bundle: Bundle): BuiltChunk | undefined {
  // Found by its modules: in a chunk group (vite.config.ts), it has no facade module.
  return Object.values(bundle).find(
    (file): file is BuiltChunk =>
      file.type === 'chunk' &&
      file.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(`/${APP_START_MODULE}`)),
  );
}

/**
 * The app start chunk's JS and CSS as `<link>`s: the start chunk first (the largest, so its
 * download starts first), then its imports, then the stylesheets in the order Vite's loader would
 * add them. The entry's own imports are linked by Vite already.
 */
export function appStartTags(bundle: Bundle, entryFile: string, base: string): HtmlTagDescriptor[] {
  const start = startChunkOf(bundle);
  if (!start) throw new Error(`the build has no chunk for ${APP_START_MODULE}`);
  const linked = new Set(staticClosure(bundle, entryFile));
  const files = staticClosure(bundle, start.fileName).filter((file) => !linked.has(file));
  const scripts = [start.fileName, ...files.filter((file) => file !== start.fileName)];
  const styles = [
    ...new Set(
      files.flatMap((file) => [...(chunkIn(bundle, file)?.viteMetadata?.importedCss ?? [])]),
    ),
  ];
  const link = (rel: string, file: string): HtmlTagDescriptor => ({
    tag: 'link',
    attrs: { rel, crossorigin: true, href: `${base}${file}` },
    injectTo: 'head',
  });
  return [
    ...scripts.map((file) => link('modulepreload', file)),
    ...styles.map((file) => link('stylesheet', file)),
  ];
}

/**
 * `plugin` links the app start chunk in index.html (and so in every page built from it: the
 * prerendered pages, the server's). `resolveDependencies` (Vite's `build.modulePreload`) leaves
 * out of each lazy import's preload list the chunks that are loaded already whenever that import
 * runs: the importer's own static imports, and for the start module those the page links. Their
 * names were 1 KB of the first view's JavaScript, listed for nothing.
 */
export function appStartPreload(): {
  plugin: Plugin;
  resolveDependencies: (file: string, deps: string[], context: { hostId: string }) => string[];
} {
  let bundle: Bundle = {};
  let base = '/';
  return {
    plugin: {
      name: 'ragstone-app-start-preload',
      apply: 'build',
      configResolved(config) {
        base = config.base;
      },
      // Runs before Vite's import analysis (a post plugin) asks resolveDependencies below.
      generateBundle(_options, output) {
        bundle = output;
      },
      transformIndexHtml: {
        order: 'post',
        handler(_html, context) {
          if (!context.bundle || !context.chunk) return undefined;
          return appStartTags(context.bundle, context.chunk.fileName, base);
        },
      },
    },
    resolveDependencies(file, deps, { hostId }) {
      if (file === startChunkOf(bundle)?.fileName) return [];
      const loaded = new Set(staticClosure(bundle, hostId));
      return deps.filter((dep) => !loaded.has(dep));
    },
  };
}

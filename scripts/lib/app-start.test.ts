/** The page links the app's start chunk (ADR 0095); lazy imports list only what is not loaded yet. */
import { appStartPreload, appStartTags } from './app-start';

const chunk = (
  fileName: string,
  imports: string[],
  moduleIds: string[] = [],
  css: string[] = [],
) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  moduleIds,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle = {
  'assets/index.js': chunk('assets/index.js', ['assets/preload-helper.js']),
  'assets/preload-helper.js': chunk('assets/preload-helper.js', []),
  'assets/start.js': chunk(
    'assets/start.js',
    ['assets/runtime.js', 'assets/preload-helper.js'],
    ['/repo/src/app/router.tsx', '/repo/src/app/start.tsx'],
    ['assets/start.css'],
  ),
  'assets/runtime.js': chunk('assets/runtime.js', []),
  'assets/page.js': chunk('assets/page.js', ['assets/start.js', 'assets/table.js']),
  'assets/table.js': chunk('assets/table.js', ['assets/runtime.js'], [], ['assets/table.css']),
  'assets/start.css': { type: 'asset' as const },
};

test('index.html preloads the start chunk first, then its imports, and links its stylesheets', () => {
  const tags = appStartTags(bundle, 'assets/index.js', '/base/');
  expect(tags.map((tag) => [tag.attrs?.rel, tag.attrs?.href])).toEqual([
    ['modulepreload', '/base/assets/start.js'],
    ['modulepreload', '/base/assets/runtime.js'],
    ['stylesheet', '/base/assets/start.css'],
  ]);
});

test('a build without the start module is refused', () => {
  expect(() =>
    appStartTags({ 'assets/index.js': chunk('assets/index.js', []) }, 'assets/index.js', '/'),
  ).toThrow(/src\/app\/start\.tsx/);
});

test('a lazy import preloads only what its importer has not loaded already', () => {
  const { plugin, resolveDependencies } = appStartPreload();
  const generateBundle = plugin.generateBundle as (options: unknown, output: unknown) => void;
  generateBundle({}, bundle);
  expect(
    resolveDependencies(
      'assets/page.js',
      ['assets/page.js', 'assets/start.js', 'assets/table.js', 'assets/runtime.js'],
      {
        hostId: 'assets/start.js',
      },
    ),
  ).toEqual(['assets/page.js', 'assets/table.js']);
  // The start chunk and its imports are linked by the page itself.
  expect(
    resolveDependencies('assets/start.js', ['assets/start.js', 'assets/runtime.js'], {
      hostId: 'assets/index.js',
    }),
  ).toEqual([]);
});

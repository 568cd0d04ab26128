/** Which stylesheets and chunks a prerendered page links, from the client build's manifest. */
import { assetLinks, pageAssets, pageModuleFor, type Manifest } from './page-assets';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    css: ['assets/index.css'],
    imports: ['_shared.js'],
    isEntry: true,
    // The app's start chunk (ADR 0095), which index.html links as well.
    dynamicImports: ['_start.js'],
  },
  '_start.js': {
    file: 'assets/start.js',
    name: 'start',
    css: ['assets/start.css'],
    imports: ['_shared.js'],
    dynamicImports: ['src/features/admin/admin-layout.tsx', 'src/app/routes/dashboard-view.tsx'],
  },
  'src/features/admin/admin-layout.tsx': { file: 'assets/admin.js', css: ['assets/admin.css'] },
  '_shared.js': { file: 'assets/shared.js', css: ['assets/shared.css'] },
  '_table.js': { file: 'assets/table.js', css: ['assets/table.css'], imports: ['_shared.js'] },
  'src/app/routes/dashboard-view.tsx': {
    file: 'assets/dashboard-view.js',
    css: ['assets/dashboard-view.css'],
    imports: ['_table.js', '_shared.js', '_start.js'],
    dynamicImports: ['src/ui/chart.tsx'],
  },
  'src/ui/chart.tsx': {
    file: 'assets/chart.js',
    css: ['assets/chart.css'],
    imports: ['_recharts.js'],
  },
  '_recharts.js': { file: 'assets/recharts.js' },
};

test('a page links its own stylesheets, its imports’ first, and none the entry already links', () => {
  const assets = pageAssets(manifest, 'src/app/routes/dashboard-view.tsx');
  expect(assets.css).toEqual(['assets/table.css', 'assets/dashboard-view.css', 'assets/chart.css']);
});

test('a page preloads its chunk and static imports, not lazy parts nor the entry’s own', () => {
  const assets = pageAssets(manifest, 'src/app/routes/dashboard-view.tsx');
  expect(assets.modulepreload).toEqual(['assets/dashboard-view.js', 'assets/table.js']);
});

test('each prerendered address maps to its page module, others to none', () => {
  expect(pageModuleFor('/')).toBe('src/features/home/home-page.tsx');
  expect(pageModuleFor('/dashboard')).toBe('src/app/routes/dashboard-view.tsx');
  expect(pageModuleFor('/dashboard/kcc-2008')).toBe('src/app/routes/dashboard-view.tsx');
  expect(pageModuleFor('/organisation/kcc-2008/cfe')).toBe('src/app/routes/organisation-view.tsx');
  expect(pageModuleFor('/indicators/paf-c32')).toBe('src/app/routes/indicator-view.tsx');
  expect(pageModuleFor('/sign-in')).toBeUndefined();
});

test('the links are elements under the base path', () => {
  expect(assetLinks({ css: ['assets/a.css'], modulepreload: ['assets/a.js'] })).toBe(
    '<link rel="modulepreload" crossorigin href="/assets/a.js">\n    <link rel="stylesheet" crossorigin href="/assets/a.css">',
  );
});

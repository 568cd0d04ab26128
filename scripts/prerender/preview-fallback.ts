/**
 * `vite preview` (and so the browser tests and `npm run bench:web`, which serve the build with it)
 * as a static host should be set up for the prerendered build (ADR 0086): an address with a page
 * of its own gets it (`/dashboard` → dist/dashboard/index.html), and any other
 * address gets the plain app page, dist/app-shell.html, rather than Vite's fallback to
 * dist/index.html, which is now the prerendered home page.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { APP_SHELL_FILE } from '../../src/lib/prerendered-state.ts';

/** The file that holds a page address's own page, or undefined. */
function ownPage(outDir: string, pathname: string): string | undefined {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const file = join(outDir, ...parts, 'index.html');
  return existsSync(file) ? file : undefined;
}

export function appShellFallback(): Plugin {
  return {
    name: 'ragstone-app-shell-fallback',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((request, _response, next) => {
        // Prefixed, not resolved against a base: a request for `//x` is a path, not another host.
        const url = new URL(`http://preview${request.url ?? '/'}`);
        const wantsPage = request.method === 'GET' && request.headers.accept?.includes('text/html');
        const path = url.pathname.slice(base.length - 1);
        if (
          wantsPage &&
          url.pathname.startsWith(base) &&
          !/\.[a-z0-9]+$/i.test(url.pathname) &&
          existsSync(join(outDir, APP_SHELL_FILE))
        ) {
          // Vite's own fallback sends /dashboard to index.html: name the page's file outright.
          const own = ownPage(outDir, path) !== undefined;
          const file = own ? `${path.replace(/\/$/, '')}/index.html` : `/${APP_SHELL_FILE}`;
          request.url = `${base}${file.slice(1)}${url.search}`;
        }
        next();
      });
    },
  };
}

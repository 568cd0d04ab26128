/** The prerendered page: markup in #root, the page's title, and data no string can break out of. */
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { PRERENDERED_STATE_ID, readPrerenderedState } from '../../src/lib/prerendered-state';
import { writePageHtml } from './page-html';

const SHELL = `<!doctype html>
<html lang="en-GB">
  <head>
    <title>Ragstone</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

/** The page as a browser parses it (DOMParser runs no script). */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function pageWith(data: unknown, title = 'Performance dashboard – Ragstone') {
  const client = new QueryClient();
  client.setQueryData(['manifest'], data);
  return writePageHtml(SHELL, {
    html: '<main><h1>Performance dashboard</h1><p>12 red</p></main>',
    title,
    state: { address: '/dashboard', queries: dehydrate(client) },
  });
}

test('the markup goes inside #root and the title replaces the shell’s', () => {
  const document = parse(pageWith({ n: 1 }));
  expect(document.querySelector('#root h1')?.textContent).toBe('Performance dashboard');
  expect(document.title).toBe('Performance dashboard – Ragstone');
  expect(document.querySelectorAll('title')).toHaveLength(1);
});

test('a title with markup in it stays text', () => {
  const document = parse(pageWith({}, 'A <b>bold</b> & "quoted" unit – Ragstone'));
  expect(document.title).toBe('A <b>bold</b> & "quoted" unit – Ragstone');
  expect(document.querySelector('b')).toBeNull();
});

test('the data is a JSON script no string in it can close, and reads back unchanged', () => {
  const hostile = {
    commentary: '</script><script>alert(1)</script><!-- $& $1 \u2028 \u2029 & done',
  };
  const html = pageWith(hostile);
  // One closing tag per script element: the data's own text never closes it.
  expect(html.match(/<\/script>/g)).toHaveLength(2);
  const document = parse(html);
  const script = document.getElementById(PRERENDERED_STATE_ID);
  expect(script?.getAttribute('type')).toBe('application/json');
  expect(document.querySelectorAll('script:not([src])')).toHaveLength(1);
  const state = readPrerenderedState(document);
  expect(state?.address).toBe('/dashboard');
  expect(state?.queries.queries[0]?.state.data).toEqual(hostile);
});

test('a page with no prerendered data, or data that cannot be read, has no state', () => {
  expect(readPrerenderedState(parse(SHELL))).toBeNull();
  const broken = SHELL.replace(
    '</body>',
    `<script type="application/json" id="${PRERENDERED_STATE_ID}">{not json</script></body>`,
  );
  expect(readPrerenderedState(parse(broken))).toBeNull();
});

test('a shell without an empty #root is refused rather than written wrong', () => {
  expect(() =>
    writePageHtml(SHELL.replace('<div id="root"></div>', '<div id="app"></div>'), {
      html: '',
      title: 'x',
      state: { address: '/', queries: { mutations: [], queries: [] } },
    }),
  ).toThrow(/#root|root/);
});

test('markup with an inline script is refused: the CSP would block it and leave the page half drawn', () => {
  expect(() =>
    writePageHtml(SHELL, {
      html: '<main></main><script>$RC("B:0","S:0")</script>',
      title: 'x',
      state: { address: '/dashboard', queries: { mutations: [], queries: [] } },
    }),
  ).toThrow(/inline script/);
});

test('markup with a style attribute is refused: the CSP would leave that part unstyled, even after hydration', () => {
  expect(() =>
    writePageHtml(SHELL, {
      html: '<main><div class="mix-bar"><span class="part" style="flex-grow:3"></span></div></main>',
      title: 'x',
      state: { address: '/', queries: { mutations: [], queries: [] } },
    }),
  ).toThrow(/\/ has an inline style attribute \(<span class="part" style=…\)/);
});

test('the words "style=" in a page’s text are not an attribute', () => {
  expect(() =>
    writePageHtml(SHELL, {
      html: '<main><p>Written as &lt;b style="x"&gt; or style="y"</p></main>',
      title: 'x',
      state: { address: '/', queries: { mutations: [], queries: [] } },
    }),
  ).not.toThrow();
});

test('the page’s own stylesheet links go in the head, after the shell’s', () => {
  const client = new QueryClient();
  const html = writePageHtml(SHELL, {
    html: '<main></main>',
    title: 'Dashboard',
    state: { address: '/dashboard', queries: dehydrate(client) },
    headLinks: '<link rel="stylesheet" href="/assets/dashboard-view.css">',
  });
  const document = parse(html);
  expect(document.head.querySelector('link[rel=stylesheet]')?.getAttribute('href')).toBe(
    '/assets/dashboard-view.css',
  );
  expect(html.indexOf('dashboard-view.css')).toBeLessThan(html.indexOf('</head>'));
});

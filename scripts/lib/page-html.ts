/**
 * One prerendered page from the built shell (dist/index.html as Vite wrote it): the markup inside
 * `#root`, the page's title, and the data in a non-executed JSON script (ADR 0086).
 */
import { PRERENDERED_STATE_ID, type PrerenderedState } from '../../src/lib/prerendered-state';

const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;
const INLINE_STYLE = /<[a-z][^>]*?\sstyle=/i;

/** Text for an HTML element or attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<` and `>` are written as `\u003c`
 * and `\u003e`, so no string in the data can close the script (`</script>`) or open a comment;
 * U+2028 and U+2029 too, for any reader that treats the text as JavaScript. JSON.parse reads it back unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

export interface PageToWrite {
  html: string;
  title: string;
  state: PrerenderedState;
  /** `<link>` elements for the page's own stylesheets and chunks (page-assets.ts), before `</head>`. */
  headLinks?: string;
}

export function writePageHtml(shell: string, page: PageToWrite): string {
  if (!shell.includes(ROOT)) throw new Error(`the built index.html has no empty ${ROOT}`);
  if (!TITLE.test(shell)) throw new Error('the built index.html has no <title>');
  if (!shell.includes('</body>')) throw new Error('the built index.html has no </body>');
  if (!shell.includes('</head>')) throw new Error('the built index.html has no </head>');
  // React moves late parts of a page in with inline scripts, which the CSP forbids.
  if (/<script/i.test(page.html))
    throw new Error(`the markup for ${page.state.address} has an inline script`);
  // The CSP's `style-src 'self'` ignores style attributes in markup, and hydration does not put
  // them back: a part drawn with one would stay unstyled for good. Text is escaped, so only a tag matches.
  const styled = INLINE_STYLE.exec(page.html);
  if (styled)
    throw new Error(
      `the markup for ${page.state.address} has an inline style attribute (${styled[0]}…), which the CSP would block`,
    );
  const data = `<script type="application/json" id="${PRERENDERED_STATE_ID}">${scriptSafeJson(page.state)}</script>`;
  // Functions as replacements, so a `$&` in the page's text is not read as a pattern.
  return shell
    .replace(TITLE, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => (page.headLinks ? `  ${page.headLinks}\n  </head>` : '</head>'))
    .replace(ROOT, () => `<div id="root">${page.html}</div>`)
    .replace('</body>', () => `  ${data}\n  </body>`);
}

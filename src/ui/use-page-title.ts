import { createContext, useContext, useEffect } from 'react';

/** Where a page rendered ahead of time (src/app/prerender-entry.tsx) leaves its title; none in the browser. */
export const PageTitleSink = createContext<{ title: string | undefined } | null>(null);

/** The words in the browser tab for a view's title: 'Overview – Ragstone', or 'Ragstone'. */
export const documentTitle = (title: string) => (title ? `${title} – Ragstone` : 'Ragstone');

/** Each view names itself in the browser tab and history (WCAG 2.4.2), most specific part first. */
/** `undefined` leaves the title to a part of the page that knows better (a failure's own title). */
export function usePageTitle(title: string | undefined) {
  const sink = useContext(PageTitleSink);
  // Effects do not run when a page is rendered ahead of time, so the title is handed over here.
  // The outermost view renders first and, in the browser, its effect runs last: its title wins.
  if (sink && title !== undefined) sink.title ??= documentTitle(title);
  useEffect(() => {
    if (title === undefined) return;
    document.title = documentTitle(title);
  }, [title]);
}

import { useEffect } from 'react';

/** Each view names itself in the browser tab and history (WCAG 2.4.2), most specific part first. */
/** `undefined` leaves the title to a part of the page that knows better (a failure's own title). */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    if (title === undefined) return;
    document.title = title ? `${title} – Ragstone` : 'Ragstone';
  }, [title]);
}

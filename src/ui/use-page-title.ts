import { useEffect } from 'react';

/** Each view names itself in the browser tab and history (WCAG 2.4.2), most specific part first. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – Ragstone` : 'Ragstone';
  }, [title]);
}

import { useEffect, useRef, useState } from 'react';
import { searchTextParam } from './dashboard-filter-choices';

const SEARCH_DELAY_MS = 300;

/**
 * The text box keeps its own value while typing; the URL follows after a pause so each keystroke
 * does not become a history entry or a request. A URL change from elsewhere (Back) resets it.
 * `follow` is called with the words once typing pauses.
 */
export function useSearchText(urlQ: string | undefined, follow: (q: string | undefined) => void) {
  const [text, setText] = useState(urlQ ?? '');
  const [urlText, setUrlText] = useState(urlQ ?? '');
  if ((urlQ ?? '') !== urlText) {
    setUrlText(urlQ ?? '');
    setText(urlQ ?? '');
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  const type = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // Remember what we pushed so the URL catching up does not overwrite newer typing.
      setUrlText(value.trim() === '' ? '' : value);
      follow(searchTextParam(value));
    }, SEARCH_DELAY_MS);
  };
  /** Drops the pending follow: the caller writes the address itself (a submit, a clear). */
  const cancelPending = () => {
    clearTimeout(timer.current);
  };
  return { text, setText, type, cancelPending };
}

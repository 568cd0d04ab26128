import type { AnchorHTMLAttributes } from 'react';

/** Handlers a feature adds to each indicator link, e.g. to prefetch its page on intent. */
export type LinkIntent = (
  indicatorId: string,
) => Pick<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'onMouseEnter' | 'onMouseLeave' | 'onFocus' | 'onTouchStart'
>;

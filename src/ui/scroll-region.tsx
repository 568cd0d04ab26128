import type { ReactNode } from 'react';
import './scroll-region.css';

/**
 * A wide table scrolls inside its own region instead of the page. The region is focusable and
 * labelled so keyboard users can scroll it and screen-reader users know what it holds.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

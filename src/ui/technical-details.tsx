import type { ReactNode } from 'react';
import './technical-details.css';

/** The data layer's own message, kept out of the way for whoever has to fix the problem. */
export function TechnicalDetails({ children }: { children: ReactNode }) {
  return (
    <details className="technical-details">
      <summary>Technical details</summary>
      <div className="technical-details__body">{children}</div>
    </details>
  );
}

import type { ReactNode } from 'react';
import './breadcrumbs.css';

export interface Crumb {
  key: string;
  /** A link element for ancestors; plain text for the current page. */
  content: ReactNode;
}

export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {items.map((item, index) => (
          <li key={item.key} aria-current={index === items.length - 1 ? 'page' : undefined}>
            {item.content}
          </li>
        ))}
      </ol>
    </nav>
  );
}

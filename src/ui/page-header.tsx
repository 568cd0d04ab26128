import type { ReactNode } from 'react';

/** A page's one h1, with an optional line above it (e.g. the indicator's codes) and a lead below. */
export function PageHeader({
  title,
  overline,
  lead,
  children,
}: {
  title: ReactNode;
  overline?: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="page-header">
      {overline ? <p className="page-header__codes">{overline}</p> : null}
      <h1>{title}</h1>
      {lead ? <p className="page-header__lead">{lead}</p> : null}
      {children}
    </div>
  );
}
